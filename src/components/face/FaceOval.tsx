/**
 * The guide drawn over the video: the frame dimmed outside an upright oval where the face
 * should sit. Sized to match the pre-check's quality rules (a face about 240 of 640 px across,
 * centred) so filling the oval satisfies them.
 */
export function FaceOval({ state }: { state: 'searching' | 'good' | 'passed' }) {
  const stroke =
    state === 'searching' ? 'var(--vfk-muted, #6b7280)' : 'var(--vfk-success, #15803d)';
  return (
    <svg
      className="vfk-face-oval"
      data-state={state}
      viewBox="0 0 640 480"
      preserveAspectRatio="xMidYMid slice"
      aria-hidden="true"
      style={{
        position: 'absolute',
        inset: 0,
        width: '100%',
        height: '100%',
        pointerEvents: 'none',
      }}
    >
      <path
        d="M0 0H640V480H0Z M320 50a150 190 0 1 0 0.01 0Z"
        fillRule="evenodd"
        fill="rgba(0, 0, 0, 0.45)"
      />
      <ellipse cx="320" cy="240" rx="150" ry="190" fill="none" stroke={stroke} strokeWidth="4" />
    </svg>
  );
}
