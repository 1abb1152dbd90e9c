// The review page: takes an article (pasted, dropped or opened), has the service annotate it, and shows
// the annotation, or the problem the service reported.
import { articleView, codePointText } from "./article.js";
import { el } from "./dom.js";
import { languageColours } from "./labels.js";
import { quoteList } from "./quotes.js";
import { annotate, detectType, JSON_TYPE, Problem, savedAnnotation, typeOfFile } from "./request.js";
import { summary } from "./summary.js";

const byId = id => document.getElementById(id);
const form = byId("article-form");
const textBox = byId("article");
const readAs = byId("read-as");
const fileInput = byId("file");
const status = byId("status");
const problem = byId("problem");
const result = byId("result");
const download = byId("download");

let fileName = null; // the file the text box holds, to name the download; null once the text is edited
let latest = 0; // the answer to an older request never replaces a newer one's
let downloadUrl = null;

form.addEventListener("submit", event => {
  event.preventDefault();
  run(textBox.value, readAs.value === "auto" ? detectType(textBox.value) : readAs.value);
});
textBox.addEventListener("input", () => {
  fileName = null;
});
fileInput.addEventListener("change", () => {
  if (fileInput.files.length > 0) {
    openFile(fileInput.files[0]);
  }
});
// A file dropped anywhere on the form is opened; dragged text still drops into the text box as usual.
form.addEventListener("dragover", event => {
  if (event.dataTransfer.types.includes("Files")) {
    event.preventDefault();
    form.classList.add("dragging");
  }
});
form.addEventListener("dragleave", () => form.classList.remove("dragging"));
form.addEventListener("drop", event => {
  form.classList.remove("dragging");
  if (event.dataTransfer.files.length > 0) {
    event.preventDefault();
    openFile(event.dataTransfer.files[0]);
  }
});

async function openFile(file) {
  fileName = file.name;
  const type = typeOfFile(file.name);
  if (type === null) {
    // sent all the same: the service's own answer (415) says which media types it reads
    run(file, file.type || "application/octet-stream");
    return;
  }
  textBox.value = await file.text();
  run(textBox.value, type);
}

async function run(body, type) {
  const request = ++latest;
  problem.replaceChildren();
  const saved = type === JSON_TYPE ? savedAnnotation(body) : null;
  if (saved) {
    show(saved, body, null);
    status.textContent = `Opened a saved annotation: ${counts(saved)}.`;
    return;
  }
  status.textContent = "Annotating…";
  result.setAttribute("aria-busy", "true");
  try {
    const answer = await annotate(body, type);
    if (request === latest) {
      show(answer.annotation, answer.json, answer);
      status.textContent = `Annotated (sent as ${type.split(";")[0]}): ${counts(answer.annotation)}.`;
    }
  } catch (error) {
    if (request === latest) {
      showProblem(error instanceof Problem ? error : new Problem("The page could not show the answer", error.message));
    }
  } finally {
    result.removeAttribute("aria-busy");
  }
}

function show(annotation, json, timing) {
  const colourOf = languageColours(annotation);
  const slice = codePointText(annotation.text);
  byId("summary").replaceChildren(summary(annotation, colourOf, timing));
  byId("article-view").replaceChildren(...articleView(annotation, colourOf));
  byId("quotes").replaceChildren(...quoteList(annotation, quote => quote.text ?? slice(quote.start, quote.end)));
  byId("json").textContent = JSON.stringify(annotation, null, 2);
  if (downloadUrl) {
    URL.revokeObjectURL(downloadUrl);
  }
  downloadUrl = URL.createObjectURL(new Blob([json], { type: JSON_TYPE }));
  download.href = downloadUrl;
  download.download = `${stem(fileName ?? annotation.id ?? "article")}.annotation.json`;
  result.hidden = false;
}

function showProblem(error) {
  result.hidden = true;
  status.textContent = "";
  problem.replaceChildren(
    el("h3", {}, error.title),
    el("p", {}, error.detail),
    error.status ? el("p", { class: "status-code" }, `HTTP ${error.status}`) : null);
}

function counts(annotation) {
  const spans = (annotation.spans ?? []).length;
  const quotes = (annotation.quotes ?? []).length;
  return `${spans} span${spans === 1 ? "" : "s"}, ${quotes} quotation${quotes === 1 ? "" : "s"}`;
}

function stem(name) {
  return String(name).replace(/\.[^.]*$/, "");
}

// The side list moves the reader, and the keyboard focus, to the quotation or post it names.
byId("quotes").addEventListener("click", event => {
  const link = event.target.closest("a[data-quote]");
  const target = link && byId(`quote-${link.dataset.quote}`);
  if (target) {
    event.preventDefault();
    target.scrollIntoView({ block: "center" });
    target.focus({ preventScroll: true });
  }
});

// Escape hides the details shown on hover or focus without moving either (WCAG 1.4.13); leaving shows them
// again next time.
document.addEventListener("keydown", event => {
  if (event.key === "Escape") {
    document.querySelectorAll(".quote-wrap:hover, .quote-wrap:focus-within")
      .forEach(wrap => wrap.classList.add("dismissed"));
  }
});
for (const leaving of ["mouseout", "focusout"]) {
  byId("article-view").addEventListener(leaving, event => {
    const wrap = event.target.closest(".quote-wrap");
    if (wrap && !wrap.contains(event.relatedTarget)) {
      wrap.classList.remove("dismissed");
    }
  });
}
