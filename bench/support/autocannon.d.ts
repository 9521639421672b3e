// The part of autocannon's API the portal bench uses (the package ships no types).
declare module 'autocannon' {
  interface Histogram { readonly average: number; readonly p50: number; readonly p99: number }
  interface Result { readonly requests: Histogram; readonly latency: Histogram; readonly errors: number; readonly non2xx: number }
  interface Options { readonly url: string; readonly connections?: number; readonly duration?: number; readonly pipelining?: number }
  function autocannon(options: Options): Promise<Result>;
  export default autocannon;
}
