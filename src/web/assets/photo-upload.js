// Previews of the photos chosen in an upload form, before they are sent. Without this script the
// plain file input still uploads them.
'use strict';
document.querySelectorAll('form[data-photo-upload]').forEach((form) => {
  const input = form.querySelector('input[type=file]');
  const list = form.querySelector('[data-previews]');
  let urls = [];
  input.addEventListener('change', () => {
    urls.forEach((url) => URL.revokeObjectURL(url));
    urls = Array.from(input.files, (file) => URL.createObjectURL(file));
    list.replaceChildren(
      ...urls.map((url, i) => {
        const item = document.createElement('li');
        const img = document.createElement('img');
        img.src = url;
        img.alt = input.files[i].name;
        item.append(img);
        return item;
      }),
    );
  });
});
