import type { FaceErrorCode } from './en';

/** Messages for the errors only the face step meets; loaded with it, merged by `resolveMessages`. */
export const faceErrorsEn: Record<FaceErrorCode, string> = {
  payload_too_large: 'The image is too large. Try again.',
  invalid_image: 'We could not read the image. Try again.',
  face_not_found: 'We could not see a face. Try again.',
  multiple_faces: 'More than one face is visible. Try again alone.',
  face_too_small: 'Your face is too far away. Move closer and try again.',
  face_mismatch: 'Your face did not match. Try again or use another method.',
  liveness_failed: 'We could not confirm you are present. Try again.',
  already_enrolled: 'A face is already registered for this account.',
  camera_denied:
    'Camera access was refused. Allow it in your browser settings, or use another method.',
  camera_not_found: 'No camera was found. Use another method.',
  camera_in_use: 'Your camera is being used by another app. Close it and try again.',
  camera_unavailable: 'The camera is not available. Use another method.',
  insecure_context: 'The camera only works on a secure (https) page.',
  model_load_failed: 'Face detection could not load. Check your connection and try again.',
  model_load_timeout: 'Face detection is taking too long to load. Try again.',
  precheck_timeout: 'We could not check your face in time. Try again.',
};

export const faceErrorsEs: Record<FaceErrorCode, string> = {
  payload_too_large: 'La imagen es demasiado grande. Intenta de nuevo.',
  invalid_image: 'No pudimos leer la imagen. Intenta de nuevo.',
  face_not_found: 'No pudimos ver un rostro. Intenta de nuevo.',
  multiple_faces: 'Se ve más de un rostro. Intenta de nuevo a solas.',
  face_too_small: 'Tu rostro está muy lejos. Acércate e intenta de nuevo.',
  face_mismatch: 'Tu rostro no coincide. Intenta de nuevo o usa otro método.',
  liveness_failed: 'No pudimos confirmar que estás presente. Intenta de nuevo.',
  already_enrolled: 'Ya hay un rostro registrado para esta cuenta.',
  camera_denied: 'Se negó el acceso a la cámara. Permítelo en tu navegador o usa otro método.',
  camera_not_found: 'No encontramos una cámara. Usa otro método.',
  camera_in_use: 'Otra aplicación está usando la cámara. Ciérrala e intenta de nuevo.',
  camera_unavailable: 'La cámara no está disponible. Usa otro método.',
  insecure_context: 'La cámara solo funciona en una página segura (https).',
  model_load_failed:
    'No se pudo cargar la detección de rostro. Revisa tu conexión e intenta de nuevo.',
  model_load_timeout: 'La detección de rostro tarda demasiado en cargar. Intenta de nuevo.',
  precheck_timeout: 'No pudimos revisar tu rostro a tiempo. Intenta de nuevo.',
};
