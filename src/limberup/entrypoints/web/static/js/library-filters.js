/**
 * The library's filters: a filter left at "any" is not sent, so the request (and the address
 * htmx pushes) carries only the filters chosen.
 */

document.addEventListener("htmx:configRequest", (event) => {
  const form = event.detail.elt;
  if (!(form instanceof HTMLFormElement) || !form.classList.contains("filters")) return;
  const data = event.detail.formData;
  for (const [name, value] of [...data.entries()]) {
    if (value === "") data.delete(name);
  }
});
