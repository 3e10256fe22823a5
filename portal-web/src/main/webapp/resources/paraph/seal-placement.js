/*
 * Placing the seal annotation on a page preview: drag the box to move it, drag its corner to
 * resize it. The position is kept in PDF points (origin top-left, y down, as the API takes it) in
 * hidden inputs, so the preview's size on screen does not matter.
 */
window.Paraph = window.Paraph || {};

Paraph.initPlacement = function (stageId) {
  var stage = document.getElementById(stageId);
  if (!stage) {
    return;
  }
  var image = stage.querySelector('.page-image');
  var box = stage.querySelector('.seal-box');
  var pageWidth = parseFloat(stage.dataset.pageWidth);
  var pageHeight = parseFloat(stage.dataset.pageHeight);
  var input = {
    x: document.getElementById(stage.dataset.inputX),
    y: document.getElementById(stage.dataset.inputY),
    width: document.getElementById(stage.dataset.inputWidth),
    height: document.getElementById(stage.dataset.inputHeight)
  };
  var minimum = { width: 40, height: 20 };
  var area = {
    x: parseFloat(input.x.value) || 36,
    y: parseFloat(input.y.value) || 36,
    width: parseFloat(input.width.value) || 200,
    height: parseFloat(input.height.value) || 70
  };

  function pixelsPerPoint() {
    return image.clientWidth / pageWidth;
  }

  function clamp(value, low, high) {
    return Math.max(low, Math.min(high, value));
  }

  function keepOnPage() {
    area.width = clamp(area.width, minimum.width, pageWidth);
    area.height = clamp(area.height, minimum.height, pageHeight);
    area.x = clamp(area.x, 0, pageWidth - area.width);
    area.y = clamp(area.y, 0, pageHeight - area.height);
  }

  function render() {
    var scale = pixelsPerPoint();
    box.style.left = (area.x * scale) + 'px';
    box.style.top = (area.y * scale) + 'px';
    box.style.width = (area.width * scale) + 'px';
    box.style.height = (area.height * scale) + 'px';
    input.x.value = area.x.toFixed(2);
    input.y.value = area.y.toFixed(2);
    input.width.value = area.width.toFixed(2);
    input.height.value = area.height.toFixed(2);
  }

  var gesture = null;

  box.onpointerdown = function (event) {
    event.preventDefault();
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
    var scale = pixelsPerPoint();
    var dx = (event.clientX - gesture.startX) / scale;
    var dy = (event.clientY - gesture.startY) / scale;
    if (gesture.resizing) {
      area.width = gesture.from.width + dx;
      area.height = gesture.from.height + dy;
    } else {
      area.x = gesture.from.x + dx;
      area.y = gesture.from.y + dy;
    }
    keepOnPage();
    render();
  };

  box.onpointerup = box.onpointercancel = function (event) {
    gesture = null;
    if (box.hasPointerCapture(event.pointerId)) {
      box.releasePointerCapture(event.pointerId);
    }
  };

  if (image.complete && image.naturalWidth > 0) {
    keepOnPage();
    render();
  } else {
    image.onload = function () {
      keepOnPage();
      render();
    };
  }
  // One listener for the current stage: each ajax update that re-renders the page calls this again.
  window.removeEventListener('resize', Paraph.renderPlacement);
  Paraph.renderPlacement = render;
  window.addEventListener('resize', render);
};

/*
 * Started from the page's markup (a stage marked data-paraph-placement), not from an inline script,
 * which the Content-Security-Policy forbids: when the page is loaded, and after each ajax update
 * for a stage that the update put on the page.
 */
Paraph.startPlacements = function () {
  document.querySelectorAll('[data-paraph-placement]').forEach(function (stage) {
    if (!stage.paraphStarted) {
      stage.paraphStarted = true;
      Paraph.initPlacement(stage.id);
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
})(Paraph.startPlacements);
