// vnadmin serve: toggle highlight kinds in the document view; flash the passage a link jumps to.
document.addEventListener("DOMContentLoaded", () => {
  const text = document.getElementById("doctext");
  document.querySelectorAll("#legend input[data-kind]").forEach((box) => {
    box.addEventListener("change", () => {
      const kind = box.dataset.kind;
      (text || document).querySelectorAll(`mark[data-k~="${kind}"]`).forEach((m) => m.classList.toggle(`k-${kind}`, box.checked));
    });
  });
  document.querySelectorAll("a[data-anchor]").forEach((a) => {
    a.addEventListener("click", () => {
      const anchor = document.getElementById(a.dataset.anchor);
      let mark = anchor && anchor.nextElementSibling;
      while (mark && mark.tagName === "A") mark = mark.nextElementSibling;
      if (mark) { mark.classList.remove("flash"); void mark.offsetWidth; mark.classList.add("flash"); }
    });
  });
});
