/**
 * The face step's strings. Kept apart from the code steps' dictionary so the face chunk's
 * owners can grow it without touching the rest; `en.ts` and `es.ts` merge it in.
 */
export const faceMessagesEn = {
  faceTitle: 'Sign in with your face',
  faceEnrolTitle: 'Enrol your face',
  faceCameraWhy:
    'We use your camera to check that you are present. Images are sent only after a live face is detected.',
  faceStartCamera: 'Turn on camera',
  faceLoading: 'Loading face detection…',
  faceHintNoFace: 'We can’t see a face. Look at the camera.',
  faceHintManyFaces: 'Only one person, please.',
  faceHintMoveCloser: 'Move closer.',
  faceHintMoveBack: 'Move back a little.',
  faceHintCentre: 'Centre your face in the oval.',
  faceHintTooDark: 'It’s too dark. Find more light.',
  faceHintTooBright: 'It’s too bright. Avoid direct light.',
  faceHintHoldStill: 'Hold still.',
  faceHintBlink: 'Now blink.',
  faceHintTurn: 'Slowly turn your head a little.',
  faceRetry: 'Try again',
  faceLoadingProgress: 'Loading face detection… {percent}%',
  faceStarting: 'Starting the camera…',
  faceVideoLabel: 'Your camera, mirrored',
  faceSending: 'Checking your face…',
  faceUseAnotherMethod: 'Use another method',
};

export type FaceMessages = typeof faceMessagesEn;

export const faceMessagesEs: FaceMessages = {
  faceTitle: 'Inicia sesión con tu rostro',
  faceEnrolTitle: 'Registra tu rostro',
  faceCameraWhy:
    'Usamos tu cámara para comprobar que estás presente. Las imágenes solo se envían después de detectar un rostro en vivo.',
  faceStartCamera: 'Activar cámara',
  faceLoading: 'Cargando la detección de rostro…',
  faceHintNoFace: 'No vemos ningún rostro. Mira a la cámara.',
  faceHintManyFaces: 'Solo una persona, por favor.',
  faceHintMoveCloser: 'Acércate.',
  faceHintMoveBack: 'Aléjate un poco.',
  faceHintCentre: 'Centra tu rostro en el óvalo.',
  faceHintTooDark: 'Está muy oscuro. Busca más luz.',
  faceHintTooBright: 'Hay demasiada luz. Evita la luz directa.',
  faceHintHoldStill: 'Quédate quieto.',
  faceHintBlink: 'Ahora parpadea.',
  faceHintTurn: 'Gira la cabeza un poco, despacio.',
  faceRetry: 'Intentar de nuevo',
  faceLoadingProgress: 'Cargando la detección de rostro… {percent} %',
  faceStarting: 'Encendiendo la cámara…',
  faceVideoLabel: 'Tu cámara, en espejo',
  faceSending: 'Comprobando tu rostro…',
  faceUseAnotherMethod: 'Usar otro método',
};

/** The dictionary key of each hint the face step can show. */
export const FACE_HINT_MESSAGES = {
  no_face: 'faceHintNoFace',
  many_faces: 'faceHintManyFaces',
  move_closer: 'faceHintMoveCloser',
  move_back: 'faceHintMoveBack',
  centre: 'faceHintCentre',
  too_dark: 'faceHintTooDark',
  too_bright: 'faceHintTooBright',
  hold_still: 'faceHintHoldStill',
  blink: 'faceHintBlink',
  turn: 'faceHintTurn',
} as const satisfies Record<string, keyof FaceMessages>;
