/** Opens a file dropped anywhere on the page: the page takes the drop instead of the browser navigating to the file. */
import { useEffect } from 'react';

/** Calls `onFile` with the first file dropped on the page while mounted. */
export function useFileDrop(onFile: (file: File) => void): void {
  useEffect(
    function openDroppedFiles() {
      function acceptFiles(event: DragEvent) {
        if (!event.dataTransfer?.types.includes('Files')) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
      }
      function openFile(event: DragEvent) {
        const file = event.dataTransfer?.files[0];
        if (!file) return;
        event.preventDefault();
        onFile(file);
      }
      window.addEventListener('dragover', acceptFiles);
      window.addEventListener('drop', openFile);
      return function stopListening() {
        window.removeEventListener('dragover', acceptFiles);
        window.removeEventListener('drop', openFile);
      };
    },
    [onFile],
  );
}
