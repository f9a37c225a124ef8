// The inventory's scanning page. Without this script it works already: a scanner that types like a
// keyboard ends each code with Enter, which sends the form. Here: keep the focus in the code field, and
// where the browser can read barcodes from the camera (BarcodeDetector), offer that too.
(function () {
  'use strict';
  var form = document.getElementById('scan-form');
  var input = document.getElementById('code');
  if (!form || !input) {
    return;
  }
  input.focus();
  input.select();
  var sending = false;
  form.addEventListener('submit', function (event) {
    if (sending || input.value.trim() === '') {
      event.preventDefault(); // a double Enter from the scanner sends once
      return;
    }
    sending = true;
  });

  var button = document.getElementById('camera');
  var video = document.getElementById('camera-view');
  if (!('BarcodeDetector' in window) || !navigator.mediaDevices || !navigator.mediaDevices.getUserMedia || !button || !video) {
    return;
  }
  button.hidden = false;
  var stream = null;
  function stop() {
    if (stream) {
      stream.getTracks().forEach(function (t) { t.stop(); });
      stream = null;
    }
    video.hidden = true;
  }
  button.addEventListener('click', function () {
    if (stream) {
      stop();
      return;
    }
    var detector = new window.BarcodeDetector({formats: ['qr_code', 'code_128']});
    navigator.mediaDevices.getUserMedia({video: {facingMode: 'environment'}}).then(function (s) {
      stream = s;
      video.srcObject = s;
      video.hidden = false;
      return video.play();
    }).then(function look() {
      if (!stream) {
        return;
      }
      detector.detect(video).then(function (codes) {
        if (codes.length > 0 && codes[0].rawValue) {
          input.value = codes[0].rawValue;
          stop();
          form.requestSubmit();
        } else {
          window.setTimeout(look, 200);
        }
      }, function () { window.setTimeout(look, 500); });
    }).catch(function () {
      stop();
      button.hidden = true; // no camera, or refused: the field and a scanner still work
    });
  });
}());
