// Closest action ids to a mistyped one: shared words first, then edit distance.

function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

const words = (id: string) =>
  new Set(
    id
      .toUpperCase()
      .split(/[^A-Z0-9]+/)
      .filter((w) => w.length > 1 && w !== "GONG" && w !== "V2"),
  );

// USER matches USERS, TRANSCRIPT matches TRANSCRIPTS.
const sameWord = (a: string, b: string) =>
  a === b || (Math.min(a.length, b.length) >= 3 && (a.startsWith(b) || b.startsWith(a)));

export function suggestIds(wanted: string, ids: readonly string[], limit = 3): string[] {
  const target = wanted.toUpperCase();
  const targetWords = words(target);
  return ids
    .map((id) => {
      const shared = [...words(id)].filter((w) => [...targetWords].some((t) => sameWord(t, w))).length;
      return { id, shared, distance: distance(target, id) };
    })
    .sort((a, b) => b.shared - a.shared || a.distance - b.distance || a.id.localeCompare(b.id))
    .slice(0, limit)
    .map((entry) => entry.id);
}
