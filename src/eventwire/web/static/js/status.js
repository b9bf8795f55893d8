// The status line in the top bar (counts, errors).
export function setStatus(text, isError = false) {
  const el = document.getElementById('status');
  if (!el) return;
  el.textContent = text;
  el.classList.toggle('err', isError);
}
