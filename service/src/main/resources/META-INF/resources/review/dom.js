/**
 * el("p", {class: "note"}, "text", child): an element with attributes and children. Text always goes in
 * as text, never as markup, so nothing from an article can run in the page. Attributes whose value is
 * null, undefined or false are left out; null and false children too.
 */
export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== null && value !== undefined && value !== false) {
      element.setAttribute(name, value === true ? "" : String(value));
    }
  }
  element.append(...children.flat().filter(child => child !== null && child !== undefined && child !== false));
  return element;
}

/** A value worth showing: not missing, not empty. */
export function present(value) {
  return value !== null && value !== undefined && value !== "";
}
