/*
 * A drawn signature: the participant draws with a mouse, pen or finger (pointer events); each
 * stroke updates a hidden input with the drawing as a PNG data URL, which the page posts.
 */
window.Paraph = window.Paraph || {};

Paraph.initSignaturePad = function (canvasId, inputId, clearId) {
  var canvas = document.getElementById(canvasId);
  var input = document.getElementById(inputId);
  if (!canvas || !input) {
    return;
  }
  var context = canvas.getContext('2d');
  context.lineWidth = 2.5;
  context.lineCap = 'round';
  context.lineJoin = 'round';
  context.strokeStyle = '#0f172a';
  var drawing = false;
  var last = null;

  function at(event) {
    var rect = canvas.getBoundingClientRect();
    return {
      x: (event.clientX - rect.left) * canvas.width / rect.width,
      y: (event.clientY - rect.top) * canvas.height / rect.height
    };
  }

  canvas.onpointerdown = function (event) {
    event.preventDefault();
    drawing = true;
    last = at(event);
    canvas.setPointerCapture(event.pointerId);
    context.beginPath();
    context.arc(last.x, last.y, context.lineWidth / 2, 0, 2 * Math.PI);
    context.fillStyle = context.strokeStyle;
    context.fill();
  };

  canvas.onpointermove = function (event) {
    if (!drawing) {
      return;
    }
    var point = at(event);
    context.beginPath();
    context.moveTo(last.x, last.y);
    context.lineTo(point.x, point.y);
    context.stroke();
    last = point;
  };

  canvas.onpointerup = canvas.onpointercancel = function (event) {
    if (!drawing) {
      return;
    }
    drawing = false;
    if (canvas.hasPointerCapture(event.pointerId)) {
      canvas.releasePointerCapture(event.pointerId);
    }
    input.value = canvas.toDataURL('image/png');
  };

  var clear = document.getElementById(clearId);
  if (clear) {
    clear.onclick = function () {
      context.clearRect(0, 0, canvas.width, canvas.height);
      input.value = '';
    };
  }
};

/*
 * Started from the page's markup (a canvas with data-paraph-signature naming its hidden input),
 * not from an inline script, which the Content-Security-Policy forbids: when the page is loaded,
 * and after each ajax update for a canvas that the update put on the page.
 */
Paraph.startSignaturePads = function () {
  document.querySelectorAll('canvas[data-paraph-signature]').forEach(function (canvas) {
    if (!canvas.paraphStarted) {
      canvas.paraphStarted = true;
      Paraph.initSignaturePad(
        canvas.id, canvas.dataset.paraphSignature, canvas.dataset.paraphSignatureClear);
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
})(Paraph.startSignaturePads);
