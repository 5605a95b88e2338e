/* Printed (or saved as PDF), a table wider than the page: book.css lets any word in it break, so nothing is cut, but a
   number split over two lines misreads (0.500 as 0.50 and 0). Whenever the page is laid out for print, each such table
   is first set in a smaller font, down to the size at which its cells fit with their words and numbers whole (code
   may still break, a column name only after an underscore); a number is never split. A table that would need a font smaller than 7 pt for
   that (it was shrunk to 4.5 pt before: whole but hard to read) is printed instead as one block per row, each value
   after its column's name (class book-records, book.css; the claims ledgers always are), but for a matrix (notebook
   02's cases by indicators of 0 and 1), which is printed transposed instead (class book-swapped: its copy with rows
   and columns swapped, written by tools/build_book.py, is printed, fitted as any table). Back on screen all is as
   it was. Without JavaScript the CSS alone applies, and so it does printed for real: Chromium runs no script in print
   layout (neither this media query's change nor beforeprint comes with it: at beforeprint the page is still laid
   out for the screen), so fit() runs only where print media is emulated (the book's tests); elsewhere the build's
   estimates (data-print-records, data-print-transposed) apply in print unless html has class book-fitted. */
(function () {
  "use strict";
  document.documentElement.classList.add("book-js");  // book.css: the build's estimate is for pages without JavaScript
  var SMALLEST = 9.33;  // px (7 pt): a table that does not fit even so is printed one block per row
  var NUMBER = /^[-+]?[0-9][0-9.,e+-]*%?$/;
  var printing = window.matchMedia("print");

  function widthNeeded(table) {
    table.classList.add("book-fit-whole", "book-fit-measure");
    var width = table.getBoundingClientRect().width;
    table.classList.remove("book-fit-whole", "book-fit-measure");
    return width;
  }

  function fit() {
    document.documentElement.classList.add("book-fitted");  // book.css: the build's estimate gives way to this fit
    var tables = document.querySelectorAll(".bd-article-container table");
    for (var i = 0; i < tables.length; i++) {
      var table = tables[i];
      table.style.fontSize = "";
      table.classList.remove("book-fit-whole", "book-records", "book-swapped");
      if (table.classList.contains("claims-ledger")) continue;  // one block per claim (book.css)
      var before = table.previousElementSibling, copy = table.nextElementSibling;
      // a matrix's transposed copy (tools/build_book.py) is printed only in place of a matrix too wide for the page
      if (table.classList.contains("book-transposed") && !(before && before.classList.contains("book-swapped"))) continue;
      var cells = table.querySelectorAll("td, th");
      for (var c = 0; c < cells.length; c++) {
        if (NUMBER.test(cells[c].textContent.trim())) cells[c].classList.add("book-number");
      }
      var room = table.parentElement.clientWidth, need = 0;
      for (var step = 0; step < 6; step++) {
        need = widthNeeded(table);
        var size = parseFloat(getComputedStyle(table).fontSize);
        if (!room || need <= room || size <= SMALLEST) break;
        table.style.fontSize = Math.max(SMALLEST, Math.floor(size * room / need * 20) / 20) + "px";
      }
      if (room && need <= room) table.classList.add("book-fit-whole");
      else if (room) {
        table.style.fontSize = "";
        // a matrix is printed transposed (fitted in turn), its columns as rows; another table one block per row
        table.classList.add(copy && copy.classList.contains("book-transposed") ? "book-swapped" : "book-records");
      }
    }
  }

  function unfit() {
    document.documentElement.classList.remove("book-fitted");
    var tables = document.querySelectorAll(".bd-article-container table");
    for (var i = 0; i < tables.length; i++) {
      tables[i].style.fontSize = "";
      tables[i].classList.remove("book-fit-whole", "book-records", "book-swapped");
    }
  }

  function follow(media) { if (media.matches) fit(); else unfit(); }
  if (printing.addEventListener) printing.addEventListener("change", follow);
  else if (printing.addListener) printing.addListener(follow);
  window.addEventListener("afterprint", unfit);
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", function () { follow(printing); });
  else follow(printing);
})();

/* A figure wider than its box scrolls sideways, and a line above it says so (tools/build_book.py, with_readable_figures;
   book.css shows it only then). That line is aria-hidden: read where it stands it would be said of every figure, wide
   or not, so a screen reader never said that a figure went on past the screen's edge. While a figure overflows its
   box, its link (the box's one tab stop) is described by the line (aria-describedby, the cue's id), and no longer
   once it fits (a wider window, a turned phone); without JavaScript the line is shown as before and said to no one. */
(function () {
  "use strict";

  function describe(box) {
    var cue = box.querySelector(".book-scroll-cue"), link = null;
    for (var i = 0; i < box.children.length; i++) {
      if (box.children[i].tagName === "A") { link = box.children[i]; break; }
    }
    if (!cue || !cue.id || !link) return;
    var ids = (link.getAttribute("aria-describedby") || "").split(/\s+/).filter(function (id) {
      return id && id !== cue.id;
    });
    if (box.scrollWidth > box.clientWidth + 1) ids.push(cue.id);
    if (ids.length) link.setAttribute("aria-describedby", ids.join(" "));
    else link.removeAttribute("aria-describedby");
  }

  function start() {
    var boxes = document.querySelectorAll(".book-figure-scroll");
    for (var i = 0; i < boxes.length; i++) describe(boxes[i]);
    if (window.ResizeObserver) {
      // the box and its figure: a window resized or turned, the image loaded (its width is then known)
      var observer = new ResizeObserver(function (entries) {
        for (var e = 0; e < entries.length; e++) {
          var box = entries[e].target.closest(".book-figure-scroll");
          if (box) describe(box);
        }
      });
      for (var b = 0; b < boxes.length; b++) {
        observer.observe(boxes[b]);
        var img = boxes[b].querySelector("img");
        if (img) observer.observe(img);
      }
    } else {
      window.addEventListener("resize", function () { for (var k = 0; k < boxes.length; k++) describe(boxes[k]); });
      window.addEventListener("load", function () { for (var k = 0; k < boxes.length; k++) describe(boxes[k]); });
    }
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
