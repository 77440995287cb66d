import { useState } from "react";

/** « Voir plus » under a list: calls `onMore` (a fetchMore), disabled and saying so while it loads. */
export function MoreButton({ onMore }: { onMore: () => Promise<unknown> }) {
  const [loading, setLoading] = useState(false);
  return (
    <p>
      <button
        type="button"
        disabled={loading}
        onClick={() => {
          setLoading(true);
          void onMore().finally(() => setLoading(false));
        }}
      >
        {loading ? "Chargement…" : "Voir plus"}
      </button>
    </p>
  );
}
