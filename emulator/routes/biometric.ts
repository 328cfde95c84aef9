import type { Context } from 'hono';
import { findAccessProject, issuerOf } from '../access-project';
import { requireClient } from '../auth';
import { analyseSubject, analyseUpload } from '../biometrics/analyseUpload';
import { createBiometricStore, type BiometricValidation } from '../biometrics/biometricStore';
import type { BiometricEngine, FaceAnalysis } from '../biometrics/engine';
import { checkImage, findSubjectFace, round } from '../biometrics/faceAssessment';
import { livenessSchema, registerSchema, verifySchema } from '../biometrics/biometricSchemas';
import { checkFrameSequence } from '../biometrics/frameLiveness';
import { livenessVerdict } from '../biometrics/livenessVerdict';
import type { EmulatorApp, EmulatorContext, EmulatorEnv } from '../context';
import { accessError, accessSuccess, invalidRequest, rateLimited } from '../http-errors';
import { readJsonBody } from '../schemas';

type AppContext = Context<EmulatorEnv>;

function unavailable(c: AppContext): Response {
  return accessError(c, 501, 'BIOMETRICS_UNAVAILABLE', 'This emulator runs without a face engine');
}

/** The validation a call names, if this client may still use it; otherwise the answer to give. */
function usableValidation(
  c: AppContext,
  ctx: EmulatorContext,
  validation: BiometricValidation | undefined,
): { ok: true; validation: BiometricValidation } | { ok: false; response: Response } {
  if (!validation || validation.clientId !== c.get('clientId')) {
    return { ok: false, response: accessError(c, 404, 'VALIDATION_NOT_FOUND', 'No such biometric validation') };
  }
  if (ctx.clock.now() >= validation.expiresAt) {
    return { ok: false, response: accessError(c, 410, 'VALIDATION_EXPIRED', 'The biometric validation has expired') };
  }
  if (validation.status === 'verified') {
    return { ok: false, response: accessError(c, 409, 'VALIDATION_ALREADY_USED', 'This validation already signed a user in') };
  }
  if (validation.attemptsRemaining <= 0) {
    return {
      ok: false,
      response: accessError(c, 403, 'MAX_ATTEMPTS_EXCEEDED', 'Too many failed matches: start a new liveness check', {
        attempts_remaining: 0,
      }),
    };
  }
  return { ok: true, validation };
}

/**
 * `/v2/access/biometric/*` (pages 000-001). Each call is rate limited per user (or per validation
 * for liveness) before its first await after the body, so parallel calls cannot overrun the limit.
 */
export function registerBiometricRoutes(app: EmulatorApp, ctx: EmulatorContext): void {
  const auth = requireClient(ctx);
  const store = createBiometricStore();
  // Enrolments and validations are emulator state: the reset control must clear them too.
  const resetRest = ctx.reset;
  ctx.reset = () => {
    resetRest();
    store.reset();
  };
  const engineOr501 = (c: AppContext): BiometricEngine | Response => ctx.biometrics ?? unavailable(c);

  app.post('/v2/access/biometric/register-face', auth, async (c) => {
    const engine = engineOr501(c);
    if (engine instanceof Response) return engine;
    const body = await readJsonBody(c, registerSchema);
    if (!body.ok) return invalidRequest(c, body.fields);
    const { user_id: userId, project_id: projectId, face_image: faceImage } = body.data;
    const access = findAccessProject(c, ctx, c.get('clientId'), projectId, 'face');
    if (!access.ok) return access.response;
    const limit = ctx.limits.biometric.take(`face:${userId}`);
    if (!limit.ok) return rateLimited(c, limit.retryAfterSeconds);

    const answer = await ctx.directory.lookup(access.flow.security, userId, 'face');
    if (answer === 'not_found') return accessError(c, 404, 'USER_NOT_FOUND', 'No such user in the project directory');
    if (answer === 'unavailable') {
      return accessError(c, 502, 'DIRECTORY_UNAVAILABLE', 'The project user directory did not answer');
    }
    const subject = await analyseSubject(c, engine, 'face_image', faceImage);
    if (!subject.ok) return subject.response;
    // Enrolling again replaces the template: a user re-enrols after a change of looks.
    const { replaced } = store.enrol({
      userId,
      projectId: access.project.id,
      descriptor: subject.descriptor,
      enrolledAt: ctx.clock.now(),
    });
    return accessSuccess(c, { user_id: userId, enrolled: true as const, replaced }, 'Face enrolled');
  });

  app.post('/v2/access/biometric/liveness-check', auth, async (c) => {
    const engine = engineOr501(c);
    if (engine instanceof Response) return engine;
    const body = await readJsonBody(c, livenessSchema);
    if (!body.ok) return invalidRequest(c, body.fields);
    const clientId = c.get('clientId');
    let existing: BiometricValidation | undefined;
    let projectId: string;
    let flowId: string;
    if (body.data.validation_id !== undefined) {
      const usable = usableValidation(c, ctx, store.validation(body.data.validation_id));
      if (!usable.ok) return usable.response;
      existing = usable.validation;
      projectId = existing.projectId;
      flowId = existing.flowId;
    } else {
      const access = findAccessProject(c, ctx, clientId, body.data.project_id ?? '', 'face');
      if (!access.ok) return access.response;
      projectId = access.project.id;
      flowId = access.flow.id;
    }
    const limit = ctx.limits.biometric.take(existing ? `liveness:${existing.id}` : `liveness:${clientId}`);
    if (!limit.ok) return rateLimited(c, limit.retryAfterSeconds);

    const main = await analyseUpload(c, engine, 'face_image', body.data.face_image);
    if (!main.ok) return main.response;
    const subject = findSubjectFace(main.analysis);
    if (!subject.ok) return accessError(c, 422, subject.code, subject.message, { field: 'face_image' });
    const imageChecks = checkImage(main.analysis);

    let sequenceChecks: ReturnType<typeof checkFrameSequence> | undefined;
    if (body.data.face_images) {
      const frames: FaceAnalysis[] = [];
      // One frame at a time: a request never holds more than one queue slot.
      for (const [index, frame] of body.data.face_images.entries()) {
        const analysed = await analyseUpload(c, engine, `face_images.${index}`, frame);
        if (!analysed.ok) return analysed.response;
        frames.push(analysed.analysis);
      }
      sequenceChecks = checkFrameSequence([main.analysis, ...frames], (a, b) => engine.distance(a, b));
    }
    const flow = ctx.accounts.flow(flowId);
    const minScore = flow?.loginSettings.livenessMinScore ?? 0.65;
    const verdict = livenessVerdict(imageChecks, sequenceChecks, minScore);
    const now = ctx.clock.now();
    const validation =
      existing ??
      store.createValidation({
        clientId,
        projectId,
        flowId,
        createdAt: now,
        expiresAt: now + ctx.options.codeTtlMs,
        attemptsRemaining: ctx.options.maxAttempts,
        liveness: verdict,
      });
    validation.liveness = verdict;
    return accessSuccess(
      c,
      {
        validation_id: validation.id,
        passed: verdict.passed,
        score: verdict.score,
        min_score: minScore,
        checks: {
          mode: sequenceChecks ? 'frame_sequence' : 'single_image',
          frames: 1 + (body.data.face_images?.length ?? 0),
          ...imageChecks,
          ...sequenceChecks,
        },
        expires_at: new Date(validation.expiresAt).toISOString(),
      },
      verdict.passed ? 'Liveness check passed' : 'Liveness check did not pass',
    );
  });

  app.post('/v2/access/biometric/verify-face', auth, async (c) => {
    const engine = engineOr501(c);
    if (engine instanceof Response) return engine;
    const body = await readJsonBody(c, verifySchema);
    if (!body.ok) return invalidRequest(c, body.fields);
    const { user_id: userId, face_image: faceImage, validation_id: validationId } = body.data;
    const limit = ctx.limits.biometric.take(`face:${userId}`);
    if (!limit.ok) return rateLimited(c, limit.retryAfterSeconds);

    const usable = usableValidation(c, ctx, store.validation(validationId));
    if (!usable.ok) return usable.response;
    const { validation } = usable;
    if (validation.userId !== undefined && validation.userId !== userId) {
      return accessError(c, 404, 'VALIDATION_NOT_FOUND', 'No such biometric validation for this user');
    }
    if (!validation.liveness.passed) {
      return accessError(c, 403, 'LIVENESS_FAILED', 'The validation has not passed a liveness check', {
        score: validation.liveness.score,
      });
    }
    const template = store.template(validation.projectId, userId);
    if (!template) return accessError(c, 404, 'USER_NOT_FOUND', 'No face is enrolled for this user');
    // Bind the user and spend the attempt before awaiting, so parallel calls cannot share one.
    validation.userId = userId;
    validation.attemptsRemaining -= 1;

    let subject: Awaited<ReturnType<typeof analyseSubject>>;
    try {
      subject = await analyseSubject(c, engine, 'face_image', faceImage);
    } catch (error) {
      validation.attemptsRemaining += 1;
      throw error;
    }
    if (!subject.ok) {
      // An unusable photo says nothing about identity: it does not cost an attempt.
      validation.attemptsRemaining += 1;
      return subject.response;
    }
    const flow = ctx.accounts.flow(validation.flowId);
    const maxDistance = flow?.loginSettings.faceMatchThreshold ?? 0.5;
    const distance = engine.distance(template.descriptor, subject.descriptor);
    const score = round(Math.max(0, 1 - distance));
    const threshold = round(1 - maxDistance);
    const figures = { score, threshold, distance: round(distance), max_distance: maxDistance };
    if (distance > maxDistance) {
      return accessError(c, 401, 'FACE_MISMATCH', 'The face does not match the enrolled user', {
        ...figures,
        attempts_remaining: validation.attemptsRemaining,
      });
    }
    if (validation.status === 'verified') {
      return accessError(c, 409, 'VALIDATION_ALREADY_USED', 'This validation already signed a user in');
    }
    validation.status = 'verified';
    const signed = await ctx.tokens.signEndUserToken({
      subject: userId,
      projectId: validation.projectId,
      method: 'face',
      issuer: issuerOf(c),
    });
    return accessSuccess(
      c,
      {
        match: true,
        ...figures,
        validation_id: validation.id,
        token: signed.token,
        token_type: 'Bearer' as const,
        expires_at: signed.expiresAt,
        method: 'face' as const,
        subject: userId,
        attempts_remaining: validation.attemptsRemaining,
      },
      'Face verified',
    );
  });
}
