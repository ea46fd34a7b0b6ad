/**
 * Where the map's camera controller lives: the components that move the map all ask it, through a React
 * context.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { useMap } from 'react-leaflet';
import { useFramingView } from './framing-view.ts';
import { CameraContext } from './use-camera.ts';
import { CameraController } from './camera-controller.ts';

/** Makes the map's one camera controller and gives it to everything inside the map that moves the camera. */
export function CameraProvider({ children }: { children: ReactNode }) {
  const map = useMap();
  const framingFor = useFramingView();
  const [controller] = useState(() => new CameraController(map, framingFor));
  useEffect(() => controller.setFraming(framingFor), [controller, framingFor]);
  useEffect(() => () => controller.dispose(), [controller]);
  return <CameraContext value={controller}>{children}</CameraContext>;
}
