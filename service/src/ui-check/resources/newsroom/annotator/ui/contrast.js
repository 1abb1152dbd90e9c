// Run in the page: every element on screen that holds text of its own, with its text colour, the colour
// behind it (its own background or the nearest ancestor's, blended over white where one is translucent)
// and their contrast ratio as WCAG 2 defines it.
const rgba = colour => {
  const [r, g, b, a = 1] = colour.match(/[\d.]+/g).map(Number);
  return { r, g, b, a };
};
const over = (top, bottom) => ({
  r: top.r * top.a + bottom.r * (1 - top.a),
  g: top.g * top.a + bottom.g * (1 - top.a),
  b: top.b * top.a + bottom.b * (1 - top.a),
  a: 1,
});
const luminance = ({ r, g, b }) => {
  const linear = c => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
};
const hex = ({ r, g, b }) => "#" + [r, g, b].map(c => Math.round(c).toString(16).padStart(2, "0")).join("");

function background(element) {
  const layers = [];
  for (let node = element; node; node = node.parentElement) {
    const colour = rgba(getComputedStyle(node).backgroundColor);
    if (colour.a > 0) {
      layers.push(colour);
    }
    if (colour.a === 1) {
      break;
    }
  }
  return layers.reverse().reduce((below, layer) => over(layer, below), { r: 255, g: 255, b: 255, a: 1 });
}

const found = [];
for (const element of document.body.querySelectorAll("*")) {
  const ownText = [...element.childNodes].some(node => node.nodeType === Node.TEXT_NODE && node.textContent.trim());
  const box = element.getBoundingClientRect();
  if (!ownText || !element.checkVisibility() || box.width === 0 || box.right <= 0 || box.bottom <= 0) {
    continue;
  }
  const behind = background(element);
  const text = over(rgba(getComputedStyle(element).color), behind);
  const [light, dark] = [luminance(text), luminance(behind)].sort((a, b) => b - a);
  found.push({
    element: element.tagName.toLowerCase() + (element.className ? "." + String(element.className).split(" ").join(".") : ""),
    text: element.textContent.trim().replace(/\s+/g, " ").slice(0, 40),
    colour: hex(text),
    background: hex(behind),
    ratio: (light + 0.05) / (dark + 0.05),
  });
}
return found;
