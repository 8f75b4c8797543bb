/**
 * The pane's badges are readable (WCAG 2.x, 4.5:1 for normal text), computed from the colours
 * taskpane.css gives them: white on each severity's badge, and the explained ones.
 */
import * as fs from "node:fs";
import * as path from "node:path";

const CSS = fs
  .readFileSync(path.join(__dirname, "..", "..", "src", "taskpane", "taskpane.css"), "utf8")
  .replace(/\/\*[\s\S]*?\*\//g, ""); // comments out, so a rule follows "}" or the start

/** The declarations of the first rule whose selector list is exactly `selector`. */
function declarations(selector: string): Record<string, string> {
  const escaped = selector.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const m = new RegExp(`(?:^|\\})\\s*${escaped}\\s*\\{([^}]*)\\}`).exec(CSS);
  if (!m) throw new Error(`taskpane.css has no rule for ${selector}`);
  return Object.fromEntries(
    m[1]
      .split(";")
      .map((d) => d.split(":").map((p) => p.trim()))
      .filter((d) => d.length === 2 && d[0] !== "")
  );
}

/** A colour as written in the CSS, custom properties resolved from :root. */
function colour(value: string): string {
  const v = /^var\((--[\w-]+)\)$/.exec(value);
  return v ? colour(declarations(":root")[v[1]]) : value;
}

function luminance(hex: string): number {
  const m = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(m[1].slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

test("the contrast formula gives WCAG's known values", () => {
  expect(contrast("#ffffff", "#000000")).toBeCloseTo(21, 5);
  expect(contrast("#ffffff", "#767676")).toBeGreaterThanOrEqual(4.5); // the lightest grey that passes
  expect(contrast("#ffffff", "#7f7f7f")).toBeLessThan(4.5); // the explained badge before issue 27
});

test.each([
  [".badge", ".badge"],
  [".badge", '.finding[data-severity="error"] .badge'],
  [".badge", '.finding[data-severity="warning"] .badge'],
  [".badge", '.finding[data-explained="true"] .badge'],
  [".explained-badge", ".explained-badge"],
  [".stale-note", ".stale-note"],
])("%s text on %s meets 4.5:1", (textRule, backgroundRule) => {
  const text = colour(declarations(textRule).color);
  const background = colour(declarations(backgroundRule).background ?? "#ffffff");
  expect(contrast(text, background)).toBeGreaterThanOrEqual(4.5);
});
