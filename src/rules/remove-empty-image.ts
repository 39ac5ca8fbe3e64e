import { lineMatchRule } from "./define";

/** Empty image placeholders ("![]()", "Image", "Photo", or the picture's file name or address alone:
 *  "harbour_view.jpg", "i.example.com/abc123.png") left where a picture was: they carry no text. */
const EMPTY_IMAGE = /^(?:!\[\s*\]\([^)]*\)\s*)+$|^(?:image|photo|picture|bild|foto|video)$|^\S+\.(?:jpe?g|png|gif|webp|svg|avif)(?:\?\S*)?$/i;

export const removeEmptyImage = lineMatchRule("remove-empty-image", "empty image placeholder", (t) => EMPTY_IMAGE.test(t));
