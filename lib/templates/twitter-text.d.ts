// Types for the twitter-text modules lib/templates imports one by one (the package ships no
// types, and importing its index would pull in the whole library).
declare module 'twitter-text/dist/parseTweet.js' {
  export interface ParsedTweet {
    /** Length as X counts it: most CJK characters 2, every URL 23, everything else 1. */
    weightedLength: number;
    valid: boolean;
    permillage: number;
    /** UTF-16 offsets of the part that fits (inclusive). */
    validRangeStart: number;
    validRangeEnd: number;
    displayRangeStart: number;
    displayRangeEnd: number;
  }
  const parseTweet: (text: string) => ParsedTweet;
  export default parseTweet;
}

declare module 'twitter-text/dist/extractUrlsWithIndices.js' {
  const extractUrlsWithIndices: (text: string) => { url: string; indices: [number, number] }[];
  export default extractUrlsWithIndices;
}

// The top-level domain lists its link regex is made of (x-length.ts reads them).
declare module 'twitter-text/dist/regexp/validGTLD.js' {
  const validGTLD: RegExp;
  export default validGTLD;
}

declare module 'twitter-text/dist/regexp/validCCTLD.js' {
  const validCCTLD: RegExp;
  export default validCCTLD;
}
