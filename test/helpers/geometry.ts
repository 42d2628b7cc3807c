/**
 * Layout checks for narrow screens, in the words a reviewer would use.
 */

/** Each word of `node`'s text (shadow roots not entered) that the browser broke over two lines. */
export function brokenWords(node: Node): string[] {
  const broken: string[] = [];
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  for (let text = walker.nextNode() as Text | null; text; text = walker.nextNode() as Text | null) {
    for (const match of text.data.matchAll(/\S+/g)) {
      const start = match.index ?? 0;
      const range = document.createRange();
      range.setStart(text, start);
      range.setEnd(text, start + match[0].length);
      const tops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
      if (tops.size > 1) broken.push(match[0]);
    }
  }
  return broken;
}
