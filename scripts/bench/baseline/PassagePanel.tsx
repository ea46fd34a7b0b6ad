/** The opened feature's name and passage, as text, with a button to close it. */
import type { BenchFeature } from 'virtual:bench-story';

export function PassagePanel({ feature, onClose }: { feature: BenchFeature; onClose: () => void }) {
  return (
    <aside className="passage-panel" aria-labelledby="passage-title">
      <h2 id="passage-title">{feature.properties.name}</h2>
      {feature.properties.passage.map((quote) => (
        <blockquote key={quote}>{quote}</blockquote>
      ))}
      <button type="button" className="passage-close" onClick={onClose}>
        Close
      </button>
    </aside>
  );
}
