/**
 * The pain question: how much (0-10) and where (the drill's own regions).
 *
 * `ask(drill)` opens the dialog and resolves with `{pain, region}` once answered, or with null
 * when the runner cancels (or presses Escape). Pain of 1 or more needs a region: the plan can
 * only step back what it knows hurt.
 */

const $ = (id) => document.getElementById(id);

function regionChoice(region) {
  const label = document.createElement("label");
  label.className = "chip";
  const input = Object.assign(document.createElement("input"), { type: "radio", name: "region", value: region });
  const text = document.createElement("span");
  text.textContent = region.replaceAll("_", " ");
  label.append(input, text);
  return label;
}

export function createPainQuestion() {
  const dialog = $("pain-dialog");
  const form = $("pain-form");
  const chosen = (name) => form.querySelector(`input[name="${name}"]:checked`)?.value ?? "";
  let answer = () => {};

  form.addEventListener("submit", (event) => {
    if (event.submitter?.value !== "log") return; // cancel just closes
    if (Number(chosen("pain")) >= 1 && !chosen("region")) {
      event.preventDefault();
      $("pain-error").textContent = "Say where it hurts, so the plan knows what to change.";
    }
  });

  dialog.addEventListener("close", () => {
    const logged = dialog.returnValue === "log" && chosen("pain") !== "";
    const pain = Number(chosen("pain"));
    answer(logged ? { pain, region: pain >= 1 ? chosen("region") : null } : null);
  });

  return {
    get open() {
      return dialog.open;
    },
    ask(drill) {
      form.reset();
      $("pain-drill").textContent = drill.name;
      $("pain-error").textContent = "";
      $("pain-regions").replaceChildren(...drill.regions.map(regionChoice));
      dialog.returnValue = ""; // Escape closes without a value; an old one must not count
      dialog.showModal();
      return new Promise((resolve) => {
        answer = resolve;
      });
    },
  };
}
