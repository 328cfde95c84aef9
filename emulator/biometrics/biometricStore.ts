import { randomId } from '../random';

/** An enrolled face: the 128-d descriptor only, never the image it came from. */
export interface FaceTemplate {
  userId: string;
  projectId: string;
  descriptor: Float32Array;
  enrolledAt: number;
}

/**
 * A biometric validation: created by a liveness check, then spent by one successful face match.
 * It expires, and each mismatch costs one of its attempts.
 */
export interface BiometricValidation {
  id: string;
  clientId: string;
  projectId: string;
  flowId: string;
  createdAt: number;
  expiresAt: number;
  attemptsRemaining: number;
  liveness: { passed: boolean; score: number };
  /** The user the first verify named; the validation cannot then be used for anyone else. */
  userId?: string;
  status: 'pending' | 'verified';
}

export interface BiometricStore {
  enrol(template: FaceTemplate): { replaced: boolean };
  template(projectId: string, userId: string): FaceTemplate | undefined;
  createValidation(
    input: Omit<BiometricValidation, 'id' | 'status' | 'userId'>,
  ): BiometricValidation;
  validation(id: string): BiometricValidation | undefined;
  reset(): void;
}

/** Keeps templates and validations in memory, as the rest of the emulator's state. */
export function createBiometricStore(): BiometricStore {
  const templates = new Map<string, FaceTemplate>();
  const validations = new Map<string, BiometricValidation>();
  const templateKey = (projectId: string, userId: string) => `${projectId}\u0000${userId}`;

  return {
    enrol(template) {
      const key = templateKey(template.projectId, template.userId);
      const replaced = templates.has(key);
      templates.set(key, { ...template, descriptor: Float32Array.from(template.descriptor) });
      return { replaced };
    },
    template: (projectId, userId) => templates.get(templateKey(projectId, userId)),
    createValidation(input) {
      const validation: BiometricValidation = { ...input, id: randomId('val'), status: 'pending' };
      validations.set(validation.id, validation);
      return validation;
    },
    validation: (id) => validations.get(id),
    reset() {
      templates.clear();
      validations.clear();
    },
  };
}
