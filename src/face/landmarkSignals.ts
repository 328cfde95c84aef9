import type { EyeSignals, FaceSignals, Point } from './frameSignals';

/** Indices in MediaPipe's 468-point face mesh (the same in the official 478-point model). */
const NOSE_TIP = 1;
const CHEEK_RIGHT = 234;
const CHEEK_LEFT = 454;
/** Six points per eye: corners first and fourth, lids in between (the usual EAR layout). */
const RIGHT_EYE = [33, 160, 158, 133, 153, 144] as const;
const LEFT_EYE = [362, 385, 387, 263, 373, 380] as const;
const MESH_POINTS = 468;

export interface NormalizedPoint {
  x: number;
  y: number;
}

function at(
  points: readonly NormalizedPoint[],
  index: number,
  width: number,
  height: number,
): Point {
  const point = points[index];
  return point ? { x: point.x * width, y: point.y * height } : { x: 0, y: 0 };
}

function distance(a: Point, b: Point): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}

function eyeAspectRatio(
  points: readonly NormalizedPoint[],
  eye: readonly number[],
  width: number,
  height: number,
): number {
  const [p1, p2, p3, p4, p5, p6] = eye.map((index) => at(points, index, width, height));
  if (!p1 || !p2 || !p3 || !p4 || !p5 || !p6) return 0;
  const across = distance(p1, p4);
  return across === 0 ? 0 : (distance(p2, p6) + distance(p3, p5)) / (2 * across);
}

/**
 * One face's signals from normalised mesh points. Pass blendshape scores when the model has
 * them; otherwise eye openness is the eye aspect ratio.
 */
export function landmarkSignals(
  points: readonly NormalizedPoint[],
  width: number,
  height: number,
  blendshapes?: { eyeBlinkLeft: number; eyeBlinkRight: number },
): FaceSignals {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  // Only the mesh: the iris points (or the padded ones of a derived model) add nothing to the box.
  for (const point of points.slice(0, MESH_POINTS)) {
    minX = Math.min(minX, point.x * width);
    maxX = Math.max(maxX, point.x * width);
    minY = Math.min(minY, point.y * height);
    maxY = Math.max(maxY, point.y * height);
  }
  const nose = at(points, NOSE_TIP, width, height);
  const cheekRight = at(points, CHEEK_RIGHT, width, height);
  const cheekLeft = at(points, CHEEK_LEFT, width, height);
  const halfWidth = Math.abs(cheekLeft.x - cheekRight.x) / 2;
  const yaw = halfWidth === 0 ? 0 : (nose.x - (cheekLeft.x + cheekRight.x) / 2) / halfWidth;
  const eyes: EyeSignals = blendshapes
    ? { source: 'blendshape', left: blendshapes.eyeBlinkLeft, right: blendshapes.eyeBlinkRight }
    : {
        source: 'aspect_ratio',
        left: eyeAspectRatio(points, LEFT_EYE, width, height),
        right: eyeAspectRatio(points, RIGHT_EYE, width, height),
      };
  return {
    box: { x: minX, y: minY, width: maxX - minX, height: maxY - minY },
    nose,
    eyes,
    yaw,
  };
}
