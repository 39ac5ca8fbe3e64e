import { lineMatchRule } from "./define";

/** Empty image placeholders ("![]()", "Image", "Photo") left where a picture was: they carry no text. */
const EMPTY_IMAGE = /^(?:!\[\s*\]\([^)]*\)\s*)+$|^(?:image|photo|picture|bild|foto|video)$/i;

export const removeEmptyImage = lineMatchRule("remove-empty-image", "empty image placeholder", (t) => EMPTY_IMAGE.test(t));
