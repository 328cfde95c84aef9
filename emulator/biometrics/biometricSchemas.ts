import { z } from 'zod';
import { idSchema } from '../schemas';
import { MAX_SEQUENCE_FRAMES, MIN_SEQUENCE_FRAMES } from './frameLiveness';

/** Request bodies of the three biometric routes (seed page 001, plus the emulator's `face_images`). */
const imageSchema = z.string().min(1, 'required: a base64 JPEG or PNG');
export const registerSchema = z.object({ user_id: idSchema, project_id: idSchema, face_image: imageSchema });
export const verifySchema = z.object({ user_id: idSchema, face_image: imageSchema, validation_id: idSchema });
export const livenessSchema = z
  .object({
    face_image: imageSchema,
    validation_id: idSchema.optional(),
    project_id: idSchema.optional(),
    face_images: z
      .array(imageSchema)
      .min(MIN_SEQUENCE_FRAMES, `at least ${MIN_SEQUENCE_FRAMES} frames`)
      .max(MAX_SEQUENCE_FRAMES, `at most ${MAX_SEQUENCE_FRAMES} frames`)
      .optional(),
  })
  .refine((body) => body.validation_id !== undefined || body.project_id !== undefined, {
    message: 'required when validation_id is absent',
    path: ['project_id'],
  });
