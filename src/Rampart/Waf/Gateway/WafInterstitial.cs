using System.Net;
using Rampart.Waf.Gateway.Captcha;

namespace Rampart.Waf.Gateway;

/// <summary>
/// The HTML pages the CAPTCHA and Challenge actions answer with (to clients whose Accept header takes text/html).
/// The challenge page solves its proof of work in the browser and posts it to <see cref="ChallengePath"/>; the CAPTCHA
/// page shows its code as a picture and posts the answer to <see cref="CaptchaPath"/>. Either way the gateway answers with a
/// fresh aws-waf-token cookie and the browser retries the original request.
/// </summary>
public static class WafInterstitial
{
    public const string ChallengePath = "/_rampart/waf/challenge";
    public const string CaptchaPath = "/_rampart/waf/captcha";

    public static string Challenge(string challenge) => $$"""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>Checking your browser</title></head>
        <body><p id="status">Checking your browser before accessing the site…</p>
        <script>
        const challenge = "{{challenge}}", zeroBits = {{WafPuzzles.ChallengeZeroBits}};
        {{Sha256Script}}
        function zeros(hash) { let bits = 0; for (const b of hash) { if (b === 0) { bits += 8; continue; } return bits + Math.clz32(b) - 24; } return bits; }
        let counter = 0;
        while (zeros(sha256(new TextEncoder().encode(challenge + ":" + counter))) < zeroBits) { counter++; }
        fetch("{{ChallengePath}}", { method: "POST", credentials: "same-origin",
          headers: { "Content-Type": "application/x-www-form-urlencoded" },
          body: "challenge=" + encodeURIComponent(challenge) + "&solution=" + counter })
          .then(r => { if (r.ok) { location.reload(); } else { document.getElementById("status").textContent = "The check failed; reload the page to try again."; } });
        </script></body></html>
        """;

    /// <summary>The CAPTCHA page around the code's picture (<see cref="CaptchaImage"/>): the page never holds
    /// the code itself, so only someone who reads the picture can answer.</summary>
    public static string Captcha(string puzzle, ReadOnlySpan<byte> png, string returnPath, bool retry) => $$"""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>Human verification</title></head>
        <body>
        <h1>Let's confirm you are human</h1>
        {{(retry ? "<p>That was not the code shown. Please try this one.</p>" : "")}}
        <form method="post" action="{{CaptchaPath}}">
        <p><img src="data:image/png;base64,{{Convert.ToBase64String(png)}}" width="{{CaptchaImage.Width}}" height="{{CaptchaImage.Height}}" alt="A picture of six distorted characters"></p>
        <input type="hidden" name="puzzle" value="{{puzzle}}">
        <input type="hidden" name="return" value="{{WebUtility.HtmlEncode(returnPath)}}">
        <p><label>Type the characters above: <input name="answer" autocomplete="off" autofocus required></label></p>
        <p><button type="submit">Verify</button></p>
        </form></body></html>
        """;

    /// <summary>SHA-256 in plain JavaScript: crypto.subtle exists only in secure contexts, and gateways serve plain
    /// http.</summary>
    private const string Sha256Script = """
        function sha256(bytes) {
          const K = new Uint32Array([0x428a2f98,0x71374491,0xb5c0fbcf,0xe9b5dba5,0x3956c25b,0x59f111f1,0x923f82a4,0xab1c5ed5,0xd807aa98,0x12835b01,0x243185be,0x550c7dc3,0x72be5d74,0x80deb1fe,0x9bdc06a7,0xc19bf174,0xe49b69c1,0xefbe4786,0x0fc19dc6,0x240ca1cc,0x2de92c6f,0x4a7484aa,0x5cb0a9dc,0x76f988da,0x983e5152,0xa831c66d,0xb00327c8,0xbf597fc7,0xc6e00bf3,0xd5a79147,0x06ca6351,0x14292967,0x27b70a85,0x2e1b2138,0x4d2c6dfc,0x53380d13,0x650a7354,0x766a0abb,0x81c2c92e,0x92722c85,0xa2bfe8a1,0xa81a664b,0xc24b8b70,0xc76c51a3,0xd192e819,0xd6990624,0xf40e3585,0x106aa070,0x19a4c116,0x1e376c08,0x2748774c,0x34b0bcb5,0x391c0cb3,0x4ed8aa4a,0x5b9cca4f,0x682e6ff3,0x748f82ee,0x78a5636f,0x84c87814,0x8cc70208,0x90befffa,0xa4506ceb,0xbef9a3f7,0xc67178f2]);
          const H = new Uint32Array([0x6a09e667,0xbb67ae85,0x3c6ef372,0xa54ff53a,0x510e527f,0x9b05688c,0x1f83d9ab,0x5be0cd19]);
          const length = ((bytes.length + 9 + 63) >> 6) << 6, m = new Uint8Array(length);
          m.set(bytes); m[bytes.length] = 0x80;
          new DataView(m.buffer).setUint32(length - 4, bytes.length * 8);
          const w = new Uint32Array(64), r = (x, n) => (x >>> n) | (x << (32 - n));
          for (let o = 0; o < length; o += 64) {
            for (let i = 0; i < 16; i++) { w[i] = (m[o + 4*i] << 24) | (m[o + 4*i + 1] << 16) | (m[o + 4*i + 2] << 8) | m[o + 4*i + 3]; }
            for (let i = 16; i < 64; i++) {
              const s0 = r(w[i-15], 7) ^ r(w[i-15], 18) ^ (w[i-15] >>> 3), s1 = r(w[i-2], 17) ^ r(w[i-2], 19) ^ (w[i-2] >>> 10);
              w[i] = w[i-16] + s0 + w[i-7] + s1;
            }
            let [a, b, c, d, e, f, g, h] = H;
            for (let i = 0; i < 64; i++) {
              const t1 = h + (r(e, 6) ^ r(e, 11) ^ r(e, 25)) + ((e & f) ^ (~e & g)) + K[i] + w[i];
              const t2 = (r(a, 2) ^ r(a, 13) ^ r(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
              h = g; g = f; f = e; e = (d + t1) >>> 0; d = c; c = b; b = a; a = (t1 + t2) >>> 0;
            }
            H[0] += a; H[1] += b; H[2] += c; H[3] += d; H[4] += e; H[5] += f; H[6] += g; H[7] += h;
          }
          const out = new Uint8Array(32);
          for (let i = 0; i < 8; i++) { out[4*i] = H[i] >>> 24; out[4*i+1] = H[i] >>> 16; out[4*i+2] = H[i] >>> 8; out[4*i+3] = H[i]; }
          return out;
        }
        """;
}
