/*
 * Deep zoom on object pages. Each .zoom box holds a plain <img> and, in data-info, the IIIF Image API
 * info.json of that image; OpenSeadragon replaces the image with a tiled viewer. Without scripts, or if
 * OpenSeadragon did not load, the plain image stays. The page's own buttons drive the viewer, so their
 * texts come from the message bundles and they are ordinary, focusable buttons.
 */
(function () {
  'use strict';
  if (!window.OpenSeadragon) { return; }
  var boxes = document.querySelectorAll('.zoom[data-info]');
  Array.prototype.forEach.call(boxes, function (box) {
    var info = box.getAttribute('data-info');
    var fallback = box.querySelector('img');
    var label = fallback ? fallback.getAttribute('alt') : '';
    var controls = box.parentNode.querySelector('.zoom-controls');
    box.textContent = '';
    box.classList.add('zoom-active');
    box.setAttribute('role', 'img');
    box.setAttribute('aria-label', label);
    var viewer = OpenSeadragon({
      element: box,
      tileSources: info,
      showNavigationControl: true,
      zoomInButton: box.id + '-in',
      zoomOutButton: box.id + '-out',
      homeButton: box.id + '-home',
      fullPageButton: box.id + '-full',
      showRotationControl: false,
      crossOriginPolicy: false,
      gestureSettingsMouse: { scrollToZoom: true }
    });
    if (controls) { controls.hidden = false; }
    viewer.addHandler('open-failed', function () {
      // Tiles unavailable: put the plain image back.
      viewer.destroy();
      box.classList.remove('zoom-active');
      box.removeAttribute('role');
      box.removeAttribute('aria-label');
      if (fallback) { box.appendChild(fallback); }
      if (controls) { controls.hidden = true; }
    });
  });
}());
