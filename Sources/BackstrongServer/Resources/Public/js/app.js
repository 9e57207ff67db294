// Backstrong's only script: a rest timer on workout pages. Everything else works without JavaScript.
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("[data-rest-timer]").forEach(function (box) {
    var seconds = parseInt(box.getAttribute("data-rest-timer"), 10) || 60;
    var display = box.querySelector(".timer");
    var button = box.querySelector("button");
    var handle = null;
    function show(s) { display.textContent = Math.floor(s / 60) + ":" + String(s % 60).padStart(2, "0"); }
    show(seconds);
    button.addEventListener("click", function () {
      if (handle) { clearInterval(handle); handle = null; button.textContent = "Start rest timer"; show(seconds); return; }
      var left = seconds;
      button.textContent = "Stop";
      handle = setInterval(function () {
        left -= 1; show(Math.max(left, 0));
        if (left <= 0) { clearInterval(handle); handle = null; button.textContent = "Start rest timer"; display.textContent = "Rest done — next set"; }
      }, 1000);
    });
  });
});
