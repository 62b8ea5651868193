/**
 * The week page: on a desktop, where the seven days stand side by side as columns, every day
 * is open; on a phone they close again into seven lines, each opened with a tap.
 */

const wide = window.matchMedia("(min-width: 60rem)");

function follow() {
  for (const day of document.querySelectorAll("details.day-box")) day.open = wide.matches;
}

follow();
wide.addEventListener("change", follow);
