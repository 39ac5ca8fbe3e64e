import { lineMatchRule } from "./define";

/** Share, print and audio widgets: their button labels ("Share this article:", "Listen to Article",
 *  "Click play to generate audio") become lines of their own in a text dump. */
const SHARE = /^(?:share(?: this)?(?: article| story| post| on \w+)?|share via|tweet|pin it|email|e-mail|print|copy link|link copied|whatsapp|facebook|twitter|linkedin|telegram|reddit|listen to (?:this )?article|listen(?: now)?|click play to (?:generate|hear|listen).*|play audio|audio version|\d+\s*min(?:ute)?s?\s+(?:read|listen)|reading time:?\s*\d+\s*min(?:utes?)?|scroll to top|back to top|teilen|partager|compartir|share this with(?: \w+)?|share on \w+|close share panel|copy (?:this )?link|read more about sharing\.?|these are external links and will open in a new window|media playback is unsupported on your device|follow us(?: on \w+)?|sign up for our newsletter|like this|like loading(?:\.{3}|…)|gefällt mir(?: wird geladen(?:\.{3}|…)?)?|teilen mit|j[’']aime(?: chargement(?:\.{3}|…)?)?|me gusta(?: cargando(?:\.{3}|…)?)?|mi piace(?: caricamento(?:\.{3}|…)?)?|condividi|curtir(?: carregando(?:\.{3}|…)?)?|compartilhe|vind ik leuk|delen|drucken|imprimer|imprimir|stampa|afdrukken)\s*:?$/i;

export const removeShareWidget = lineMatchRule("remove-share-widget", "share or audio widget", (t) => SHARE.test(t));
