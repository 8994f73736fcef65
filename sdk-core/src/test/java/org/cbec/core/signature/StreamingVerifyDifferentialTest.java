package org.cbec.core.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cbec.core.signature.HandSigned.HERE;
import static org.cbec.core.signature.HandSigned.wrapped;
import static org.cbec.core.signature.SampleXml.bytes;
import static org.cbec.core.signature.SampleXml.text;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.cbec.core.signature.SignatureProfile.Uris;
import org.cbec.core.testing.OfficialSpec;
import org.cbec.core.xml.XmlLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The streaming verify path against the DOM path (Xerces and Apache Santuario) over every official sample as it is and
 * signed with each profile, every signature form the verifier accepts (written here with Santuario as the reference
 * canonicalizer) and tampered variants of each: the verifier answers exactly as the DOM path alone does (verdict,
 * failure, detail, divergences, profile, certificate, trust decision), under several trust policies. Each case also
 * says whether the streaming path decides it itself, so a form silently handed to the DOM path fails the test.
 */
class StreamingVerifyDifferentialTest {

    private static final Instant NOW = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    private static final Path CEB311 = OfficialSpec.spec().resolve("samples/import/CEB311Message.xml");
    private static final Map<String, XmlVerifier> VERIFIERS = verifiers();
    /** The root's version attribute in the CEB311 sample (the XML declaration has one too). */
    private static final String ROOT_VERSION = "version=\"1.0\"\n";

    /** Trust policies whose answers differ: anchors, pinned, none, embedded, expired, at signing time, tighter limits. */
    private static Map<String, XmlVerifier> verifiers() {
        Clock now = Clock.fixed(NOW, ZoneOffset.UTC);
        TrustPolicy anchors = TrustPolicy.custom().trust(TestKeys.sm2Ca().certificate()).trust(TestKeys.rsaCa().certificate()).clock(now).build();
        return Map.of(
                "anchors", XmlVerifier.custom().trust(anchors).build(),
                "pinned signer", XmlVerifier.custom().trust(TrustPolicy.custom().trust(TestKeys.sm2().certificate()).clock(now).build()).build(),
                "no trust", XmlVerifier.ofDefaults(),
                "embedded", XmlVerifier.custom().trust(TrustPolicy.embeddedCertificate()).build(),
                "in 2040", XmlVerifier.custom().trust(TrustPolicy.custom().trust(TestKeys.sm2Ca().certificate())
                        .clock(Clock.fixed(Instant.parse("2040-01-01T00:00:00Z"), ZoneOffset.UTC)).build()).build(),
                "at signing time", XmlVerifier.custom().trust(TrustPolicy.custom().trust(TestKeys.sm2Ca().certificate())
                        .trust(TestKeys.rsaCa().certificate()).validityAtSigningTime(true).clock(now).build()).build(),
                "depth 6", XmlVerifier.custom().trust(anchors).limits(XmlLimits.custom().maxDepth(6).build()).build());
    }

    /** Asserts the same answer from both paths under every policy; returns whether the streaming path decided under any. */
    private static boolean sameUnderEveryPolicy(byte[] message) {
        return sameUnder(VERIFIERS.keySet(), message);
    }

    /** As {@link #sameUnderEveryPolicy} for a tampered message: anchors and no trust. */
    private static boolean sameForTampered(byte[] message) {
        return sameUnder(List.of("anchors", "no trust"), message);
    }

    private static boolean sameUnder(Iterable<String> policies, byte[] message) {
        boolean streamed = false;
        for (String policy : policies) {
            streamed |= VerifyPaths.assertSameAsDom(VERIFIERS.get(policy), message, null);
        }
        streamed |= VerifyPaths.assertSameAsDom(VERIFIERS.get("at signing time"), message, NOW);
        return streamed;
    }

    static List<Path> samples() {
        return Stream.concat(OfficialSpec.samples("import").stream(), OfficialSpec.samples("export").stream()).toList();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void officialSamplesAsPublishedGetTheDomPathsAnswer(Path sample) {
        sameUnderEveryPolicy(OfficialSpec.read(sample));
    }

    static Stream<Arguments> samplesAndProfiles() {
        return samples().stream().flatMap(s -> Stream.of(SignatureProfile.values()).map(p -> Arguments.of(s, p)));
    }

    @ParameterizedTest
    @MethodSource("samplesAndProfiles")
    void officialSamplesSignedByTheSdkAreDecidedByTheStreamingPathAsByTheDom(Path sample, SignatureProfile profile) {
        TestKeys.Entry key = profile == SignatureProfile.RSA_SHA1 ? TestKeys.rsa() : TestKeys.sm2();
        byte[] signed = XmlSigner.custom(key.signer()).profile(profile).build().sign(OfficialSpec.read(sample));

        assertThat(sameUnderEveryPolicy(signed)).as("decided by the streaming path").isTrue();
        assertThat(VERIFIERS.get("anchors").verify(signed).valid()).isTrue();
        List<byte[]> tampered = tampered(signed);
        for (byte[] t : tampered.subList(0, tampered.size() - 1)) {
            assertThat(sameForTampered(t)).as("a tampered message is left to the DOM path").isFalse();
            assertThat(VERIFIERS.get("anchors").verify(t).valid()).isFalse();
        }
        assertThat(VERIFIERS.get("anchors").verify(tampered.get(tampered.size() - 1)).valid()).as("with a comment").isTrue();
    }

    /**
     * Changes that break the signature: the root's guid attribute, a business text, the digest, the signature value, a
     * namespace declaration on the root; and a comment in the message, which does not.
     */
    private static List<byte[]> tampered(byte[] signed) {
        String xml = text(signed);
        List<byte[]> out = new ArrayList<>();
        out.add(bytes(xml.replaceFirst(" guid=\"([^\"]*)\"", " guid=\"$1x\"")));
        flip(xml, Pattern.compile(">([0-9A-Za-z])"), out);
        flip(xml, Pattern.compile("DigestValue>\\s*([A-Za-z0-9+/])"), out);
        flip(xml, Pattern.compile("SignatureValue>\\s*[A-Za-z0-9+/]{5}([A-Za-z0-9+/])"), out);
        out.add(bytes(xml.replaceFirst("(<[A-Za-z][^\\s>]*)", "$1 xmlns:zz=\"urn:zz\"")));
        out.add(bytes(xml.replaceFirst("(<[A-Za-z][^>]*>)", "$1<!-- not signed content -->")));
        return out;
    }

    /** Adds {@code xml} with the character of group 1 of the first match changed, when there is a match. */
    private static void flip(String xml, Pattern where, List<byte[]> out) {
        Matcher m = where.matcher(xml);
        if (m.find()) {
            int at = m.start(1);
            out.add(bytes(xml.substring(0, at) + (xml.charAt(at) == 'A' ? 'B' : 'A') + xml.substring(at + 1)));
        }
    }

    /** CEB311 without its signature, {@link HandSigned#HERE} before the root's end tag, with {@code edit} applied. */
    private static String template(UnaryOperator<String> edit) {
        String xml = text(OfficialSpec.read(CEB311)).replace("\uFEFF", "");
        xml = xml.substring(0, xml.indexOf("<ds:Signature")) + HERE + xml.substring(xml.indexOf("</ds:Signature>") + "</ds:Signature>".length());
        return edit.apply(xml);
    }

    private static HandSigned sm2() {
        return HandSigned.of(TestKeys.sm2().signer(), SignatureProfile.SM2_SM3);
    }

    /** A signature form, whether the streaming path decides it, and the message. */
    record Form(String name, boolean streamed, byte[] message) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Form> forms() {
        String pretty = "\n<ds:Signature xmlns:ds=\"" + Uris.DSIG_NS + "\">\n  <ds:SignedInfo>\n    <ds:CanonicalizationMethod Algorithm=\"" + Uris.C14N
                + "\"/>\n    <ds:SignatureMethod Algorithm=\"" + Uris.CHINAPORT_SM2_SM3 + "\"/>\n    <ds:Reference URI=\"\">\n"
                + "      <ds:Transforms>\n        <ds:Transform Algorithm=\"" + Uris.ENVELOPED + "\"/>\n      </ds:Transforms>\n"
                + "      <ds:DigestMethod Algorithm=\"" + Uris.CHINAPORT_SM3 + "\"/>\n      <ds:DigestValue>{DIGEST}</ds:DigestValue>\n"
                + "    </ds:Reference>\n  </ds:SignedInfo>\n  <ds:SignatureValue>{VALUE}</ds:SignatureValue>\n  <ds:KeyInfo>\n"
                + "    <ds:KeyName>{KEYNAME}</ds:KeyName>\n    <ds:X509Data>\n      <ds:X509Certificate>{CERT}</ds:X509Certificate>\n"
                + "    </ds:X509Data>\n  </ds:KeyInfo>\n</ds:Signature>\n";
        return Stream.of(
                new Form("SM2-SM3 as the SDK writes it", true, sm2().sign(template(t -> t))),
                new Form("legacy SM2 with SHA-1", true, HandSigned.of(TestKeys.sm2().signer(), SignatureProfile.LEGACY_SM2_SHA1).sign(template(t -> t))),
                new Form("RSA-SHA1", true, HandSigned.of(TestKeys.rsa().signer(), SignatureProfile.RSA_SHA1).sign(template(t -> t))),
                new Form("pretty-printed, self-closing method elements", true, sm2().edit(s -> pretty).sign(template(t -> t))),
                new Form("CRLF line ends everywhere", true, sm2().edit(s -> pretty.replace("\n", "\r\n")).sign(template(t -> t.replace("\n", "\r\n")))),
                new Form("Base64 wrapped at 64 with LF", true, sm2().base64(wrapped(64, "\n")).sign(template(t -> t))),
                new Form("Base64 wrapped at 76 with CRLF", true, sm2().base64(wrapped(76, "\r\n")).sign(template(t -> t))),
                new Form("comments in the message, before and after the root, in SignedInfo and inside a Base64 value", true,
                        sm2().edit(s -> s.replace("<ds:Reference", "<!-- ref --><ds:Reference").replace("{DIGEST}", "{DIGEST}<!-- d -->")
                                .replace("<ds:SignedInfo>", "<ds:SignedInfo><!-- si -->"))
                                .sign(template(t -> t.replace("?>", "?><!-- before -->").replace("<ceb:Order>", "<ceb:Order><!-- in the message -->")) + "\n<!-- after -->")),
                new Form("ds declared on the root", true, sm2().edit(s -> s.replace(" xmlns:ds=\"" + Uris.DSIG_NS + "\"", ""))
                        .sign(template(t -> t.replace("xmlns:ceb=", "xmlns:ds=\"" + Uris.DSIG_NS + "\" xmlns:ceb=")))),
                new Form("ds as the default namespace of the signature", true, sm2().edit(s -> s.replace("ds:", "")
                        .replace("xmlns:ds=", "xmlns=")).sign(template(t -> t))),
                new Form("ceb as the default namespace, prefix-free message", true, sm2().sign(template(t -> t.replace("ceb:", "")
                        .replace("xmlns:ceb=", "xmlns=")))),
                new Form("redundant and unused declarations inside message and SignedInfo", true,
                        sm2().edit(s -> s.replace("<ds:SignedInfo>", "<ds:SignedInfo xmlns:u=\"urn:unused\" xmlns:ds=\"" + Uris.DSIG_NS + "\">")
                                .replace("<ds:Reference URI", "<ds:Reference xmlns:ceb=\"http://www.chinaport.gov.cn/ceb\" URI"))
                                .sign(template(t -> t.replace("<ceb:OrderHead>", "<ceb:OrderHead xmlns:ceb=\"http://www.chinaport.gov.cn/ceb\" xmlns:z=\"urn:z\">")
                                        .replace("<ceb:guid>", "<ceb:guid xmlns=\"\">")))),
                new Form("a prefix rebound inside the message, xmlns=\"\" under a default", true, sm2().sign(template(t -> t
                        .replace("xmlns:ceb=", "xmlns=\"urn:default\" xmlns:p=\"urn:one\" xmlns:ceb=")
                        .replace("<ceb:OrderHead>", "<ceb:OrderHead xmlns:p=\"urn:two\" xmlns=\"\"><p:x p:a=\"1\" a=\"2\" xmlns:q=\"urn:a\" q:b=\"3\"/>")))),
                new Form("CDATA, character references, escapes and attribute white space", true, sm2().sign(template(t -> t
                        .replace("<ceb:buyerName>aa</ceb:buyerName>", "<ceb:buyerName><![CDATA[a<b>&c]]>&#x4E2D;&amp;&gt;&#xD;\r\n</ceb:buyerName>")
                        .replace(ROOT_VERSION, ROOT_VERSION + " note=\"a\tb&#xA;c&#x9;d &lt;&amp;&quot;'\"")))),
                new Form("characters outside the BMP", true, sm2().sign(template(t -> t.replace("<ceb:buyerName>aa", "<ceb:buyerName>a\uD83D\uDE00a")))),
                new Form("an extra C14N transform", true, sm2().edit(s -> s.replace("</ds:Transforms>",
                        "<ds:Transform Algorithm=\"" + Uris.C14N + "\"></ds:Transform></ds:Transforms>")).sign(template(t -> t))),
                new Form("SM2-SM3 URIs with a SHA-1 digest (nonstandard pair)", true, sm2().edit(s -> s.replace(Uris.CHINAPORT_SM3, Uris.SHA1))
                        .sign(template(t -> t))),
                new Form("DER SM2 signature value", true, sm2().derSm2().sign(template(t -> t))),
                new Form("KeyName other than the serial", true, sm2().edit(s -> s.replace("{KEYNAME}", "0001")).sign(template(t -> t))),
                new Form("KeyName only, the certificate configured", true, sm2().edit(s -> s.replaceAll("<ds:X509Data>.*</ds:X509Data>", ""))
                        .sign(template(t -> t))),
                new Form("no KeyInfo", true, sm2().edit(s -> s.replaceAll("<ds:KeyInfo>.*</ds:KeyInfo>", "")).sign(template(t -> t))),
                new Form("a signature id and an ExtendMessage after it", true, sm2().edit(s -> s.replace("<ds:Signature ", "<ds:Signature Id=\"s1\" "))
                        .sign(template(t -> t.replace(HERE, HERE + "<ceb:ExtendMessage><ceb:x>1</ceb:x></ceb:ExtendMessage>")))),
                new Form("#WithComments canonicalization", false, sm2().edit(s -> s.replace(Uris.C14N + "\"", Uris.C14N_WITH_COMMENTS + "\"")
                        .replace("<ds:SignedInfo>", "<ds:SignedInfo><!-- signed comment -->")).sign(template(t -> t))),
                new Form("digest over comments", false, sm2().digestWithComments().sign(template(t -> t.replace("<ceb:Order>", "<ceb:Order><!-- c -->")))),
                new Form("a SHA-1 digest under DigestMethod SM3", false, sm2().digestAlgorithm("SHA-1").sign(template(t -> t))),
                new Form("a processing instruction", false, sm2().sign(template(t -> t.replace("<ceb:Order>", "<ceb:Order><?pi data?>")))),
                new Form("xml:lang on the root", false, sm2().sign(template(t -> t.replace(ROOT_VERSION, ROOT_VERSION + " xml:lang=\"zh\"")))),
                new Form("the signature inside a business node", false, sm2().sign(template(t -> t.replace(HERE, "")
                        .replace("</ceb:Order>", HERE + "</ceb:Order>")))),
                new Form("two signatures", false, sm2().sign(template(t -> t.replace(HERE, HERE + text(sm2().sign(template(x -> x)))
                        .replaceAll("(?s).*(<ds:Signature .*</ds:Signature>).*", "$1"))))),
                new Form("ds:Object in the signature", false, sm2().edit(s -> s.replace("</ds:Signature>", "<ds:Object>x</ds:Object></ds:Signature>"))
                        .sign(template(t -> t))),
                new Form("the signature before the business nodes", false, sm2().sign(template(t -> t.replace(HERE, "")
                        .replace("<ceb:Order>", HERE + "<ceb:Order>")))),
                new Form("Reference URI=\"#x\"", false, sm2().edit(s -> s.replace("URI=\"\"", "URI=\"#x\"")).sign(template(t -> t))),
                new Form("no enveloped transform", false, sm2().edit(s -> s.replace(Uris.ENVELOPED, Uris.C14N)).sign(template(t -> t))),
                new Form("unknown SignatureMethod", false, sm2().edit(s -> s.replace(Uris.CHINAPORT_SM2_SM3, "urn:x")).sign(template(t -> t))),
                new Form("no DigestValue", false, sm2().edit(s -> s.replace("<ds:DigestValue>{DIGEST}</ds:DigestValue>", "")).sign(template(t -> t))),
                new Form("an element inside DigestValue", false, sm2().edit(s -> s.replace("{DIGEST}", "<ds:x/>{DIGEST}")).sign(template(t -> t))),
                new Form("RSA signature under an SM2 certificate", false, sm2().edit(s -> s.replace(Uris.CHINAPORT_SM2_SM3, Uris.RSA_SHA1))
                        .sign(template(t -> t))),
                new Form("no signature", false, bytes(template(t -> t.replace(HERE, "")))),
                new Form("a DOCTYPE", false, bytes(template(t -> t.replace("<ceb:CEB311Message", "<!DOCTYPE x [<!ENTITY e \"v\">]><ceb:CEB311Message")))),
                new Form("content after the root", false, bytes(text(sm2().sign(template(t -> t))) + "<x/>")),
                new Form("cut short", false, bytes(text(sm2().sign(template(t -> t))).substring(0, 3000))));
    }

    @ParameterizedTest
    @MethodSource("forms")
    void everySignatureFormGetsTheDomPathsAnswer(Form form) {
        assertThat(sameUnderEveryPolicy(form.message())).as("decided by the streaming path").isEqualTo(form.streamed());
        for (byte[] tampered : tampered(form.message())) {
            sameForTampered(tampered);
        }
    }

    @Test
    void theFormsTheStreamingPathDecidesAreValid() {
        forms().filter(Form::streamed).forEach(f -> assertThat(VERIFIERS.get("anchors").verify(f.message()).valid()
                || VERIFIERS.get("pinned signer").verify(f.message()).valid()).as(f.name()).isTrue());
    }
}
