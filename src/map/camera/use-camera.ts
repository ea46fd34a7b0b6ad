/** The map's one camera controller (camera-controller.ts), for the components inside the story map. */
import { createContext, useContext } from 'react';
import type { CameraController } from './camera-controller.ts';

export const CameraContext = createContext<CameraController | null>(null);

/** The camera controller of the map this component is in (a `CameraProvider` above it). */
export function useCamera(): CameraController {
  const camera = useContext(CameraContext);
  if (!camera) throw new Error('useCamera: no CameraProvider above this component in the story map');
  return camera;
}
