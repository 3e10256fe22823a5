/*
 * Placing several participants' signature boxes on a page preview: drag a box to move it, drag its
 * corner to resize it. Positions are kept in PDF points (origin top-left, y down, as the API takes
 * them) in one hidden input, "x,y,width,height" per box in the order of the boxes on the page,
 * separated by ";", so the preview's size on screen does not matter.
 */
window.Paraph = window.Paraph || {};

Paraph.initBoxes = function (stageId, inputId) {
  var stage = document.getElementById(stageId);
  var input = document.getElementById(inputId);
  if (!stage || !input) {
    return;
  }
  var image = stage.querySelector('.page-image');
  var pageWidth = parseFloat(stage.dataset.pageWidth);
  var pageHeight = parseFloat(stage.dataset.pageHeight);
  var minimum = { width: 40, height: 20 };
  var boxes = Array.prototype.slice.call(stage.querySelectorAll('.place-box'));
  var areas = boxes.map(function (box) {
    return {
      x: parseFloat(box.dataset.x),
      y: parseFloat(box.dataset.y),
      width: parseFloat(box.dataset.width),
      height: parseFloat(box.dataset.height)
    };
  });

  function clamp(value, low, high) {
    return Math.max(low, Math.min(high, value));
  }

  function keepOnPage(area) {
    area.width = clamp(area.width, minimum.width, pageWidth);
    area.height = clamp(area.height, minimum.height, pageHeight);
    area.x = clamp(area.x, 0, pageWidth - area.width);
    area.y = clamp(area.y, 0, pageHeight - area.height);
  }

  function render() {
    var scale = image.clientWidth / pageWidth;
    boxes.forEach(function (box, i) {
      var area = areas[i];
      box.style.left = (area.x * scale) + 'px';
      box.style.top = (area.y * scale) + 'px';
      box.style.width = (area.width * scale) + 'px';
      box.style.height = (area.height * scale) + 'px';
    });
    input.value = areas.map(function (a) {
      return [a.x, a.y, a.width, a.height].map(function (v) { return v.toFixed(2); }).join(',');
    }).join(';');
  }

  boxes.forEach(function (box, i) {
    var gesture = null;
    box.onpointerdown = function (event) {
      if (event.target.classList.contains('remove-box')) {
        return;
      }
      event.preventDefault();
      var area = areas[i];
      gesture = {
        resizing: event.target.classList.contains('resize-handle'),
        startX: event.clientX,
        startY: event.clientY,
        from: { x: area.x, y: area.y, width: area.width, height: area.height }
      };
      box.setPointerCapture(event.pointerId);
    };
    box.onpointermove = function (event) {
      if (!gesture) {
        return;
      }
      var scale = image.clientWidth / pageWidth;
      var dx = (event.clientX - gesture.startX) / scale;
      var dy = (event.clientY - gesture.startY) / scale;
      var area = areas[i];
      if (gesture.resizing) {
        area.width = gesture.from.width + dx;
        area.height = gesture.from.height + dy;
      } else {
        area.x = gesture.from.x + dx;
        area.y = gesture.from.y + dy;
      }
      keepOnPage(area);
      render();
    };
    box.onpointerup = box.onpointercancel = function (event) {
      gesture = null;
      if (box.hasPointerCapture(event.pointerId)) {
        box.releasePointerCapture(event.pointerId);
      }
    };
  });

  function start() {
    areas.forEach(keepOnPage);
    render();
  }
  if (image.complete && image.naturalWidth > 0) {
    start();
  } else {
    image.onload = start;
  }
  window.removeEventListener('resize', Paraph.renderBoxes);
  Paraph.renderBoxes = render;
  window.addEventListener('resize', render);
};

/*
 * Started from the page's markup (a stage with data-paraph-boxes naming its hidden input), not
 * from an inline script, which the Content-Security-Policy forbids: when the page is loaded, and
 * after each ajax update for a stage that the update put on the page. A stage already started is
 * left alone: starting it again would put its boxes back where the server last drew them.
 */
Paraph.startBoxes = function () {
  document.querySelectorAll('[data-paraph-boxes]').forEach(function (stage) {
    if (!stage.paraphStarted) {
      stage.paraphStarted = true;
      Paraph.initBoxes(stage.id, stage.dataset.paraphBoxes);
    }
  });
};

(function (start) {
  function hook() {
    start();
    if (window.jQuery) {
      jQuery(document).on('pfAjaxComplete', start);
    }
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', hook);
  } else {
    hook();
  }
})(Paraph.startBoxes);
