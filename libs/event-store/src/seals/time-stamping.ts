/**
 * RFC 3161 time-stamping of seals: asking a time-stamping authority (TSA) for a token over a seal's
 * signature, and checking such a token against the authority's trusted CA certificates. Built on
 * pkijs 3 (ASN.1, CMS and the certificate path) with Node's WebCrypto underneath; ADR 0036 says why.
 */
import { hash, randomBytes } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';

const SHA_256_OID = '2.16.840.1.101.3.4.2.1';
const TIME_STAMPING_KEY_PURPOSE_OID = '1.3.6.1.5.5.7.3.8';
const EXTENDED_KEY_USAGE_OID = '2.5.29.37';
const REQUEST_TIMEOUT_MS = 15_000;
/** A token is a few kilobytes; an answer far larger is not one. */
const RESPONSE_BYTES_MAX = 1024 * 1024;

export class TimeStampError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TimeStampError';
  }
}

/** The outcome of checking a token. `genTime` is the authority's time, ISO-8601. */
export type TimeStampCheck =
  | { readonly valid: true; readonly genTime: string; readonly authority: string }
  | { readonly valid: false; readonly reason: string };

/**
 * The request's nonce: a positive INTEGER whose DER encoding is exactly these bytes. Its first byte is
 * 1 to 127: a first byte of 0 would be a non-minimal encoding, which an authority refuses as a bad
 * request or answers with the shortened nonce; a byte of 128 or more would make it negative.
 */
export function nonceOf(random: Buffer): Buffer {
  const nonce = Buffer.from(random);
  nonce[0] = (nonce[0]! % 0x7f) + 1;
  return nonce;
}

/**
 * Asks the authority at `url` to stamp SHA-256 of `message` and returns the token (base64 DER of the
 * CMS ContentInfo). Refuses an answer that is not granted or that stamps anything else.
 */
export async function requestTimeStampToken(url: string, message: Buffer): Promise<string> {
  const imprint = sha256(message);
  const nonce = nonceOf(randomBytes(8));
  const request = new pkijs.TimeStampReq({
    version: 1,
    messageImprint: messageImprint(imprint),
    nonce: new asn1js.Integer({ valueHex: nonce }),
    certReq: true,
  });
  const body = Buffer.from(request.toSchema().toBER(false));
  const answer = await postRequest(url, body);
  const response = parseResponse(answer);
  const token = response.timeStampToken as pkijs.ContentInfo;
  const info = tstInfoOf(token);
  if (!Buffer.from(info.messageImprint.hashedMessage.valueBlock.valueHexView).equals(imprint)) {
    throw new TimeStampError('The time-stamping authority stamped another message than the one sent');
  }
  if (info.nonce === undefined || !Buffer.from(info.nonce.valueBlock.valueHexView).equals(nonce)) {
    throw new TimeStampError('The time-stamping authority answered with another nonce than the one sent');
  }
  return Buffer.from(token.toSchema().toBER(false)).toString('base64');
}

/**
 * Checks that the token stamps SHA-256 of `message`, that its signature is valid, that the signing
 * certificate chains to one of `trustedCertificates` at the stamped time and is meant for time-stamping.
 */
export async function checkTimeStampToken(
  tokenBase64: string,
  message: Buffer,
  trustedCertificates: readonly pkijs.Certificate[],
): Promise<TimeStampCheck> {
  let token: pkijs.ContentInfo;
  let info: pkijs.TSTInfo;
  try {
    token = pkijs.ContentInfo.fromBER(toArrayBuffer(Buffer.from(tokenBase64, 'base64')));
    info = tstInfoOf(token);
  } catch (error) {
    return { valid: false, reason: `the token cannot be read (${messageOf(error)})` };
  }
  if (!Buffer.from(info.messageImprint.hashedMessage.valueBlock.valueHexView).equals(sha256(message))) {
    return { valid: false, reason: 'the token stamps another message than this seal' };
  }
  const signed = new pkijs.SignedData({ schema: token.content });
  let verified: boolean;
  try {
    // pkijs throws for a broken certificate path but answers false for a signature that does not verify.
    verified = await signed.verify({
      signer: 0,
      data: toArrayBuffer(message),
      trustedCerts: [...trustedCertificates],
      checkChain: true,
    });
  } catch (error) {
    return {
      valid: false,
      reason: `the token's signature or certificate path is not valid (${messageOf(error)})`,
    };
  }
  if (verified !== true) return { valid: false, reason: "the token's signature is not valid" };
  const signer = signerCertificate(signed);
  if (signer === undefined || !isForTimeStamping(signer)) {
    return { valid: false, reason: "the token's signing certificate is not one for time-stamping" };
  }
  return { valid: true, genTime: info.genTime.toISOString(), authority: subjectName(signer) };
}

/** The time the token states, without checking it: for showing a token that cannot be checked here. */
export function timeStampTokenTime(tokenBase64: string): string | null {
  try {
    const token = pkijs.ContentInfo.fromBER(toArrayBuffer(Buffer.from(tokenBase64, 'base64')));
    return tstInfoOf(token).genTime.toISOString();
  } catch {
    return null;
  }
}

/** CA certificates from PEM text holding one or more `CERTIFICATE` blocks. */
export function parseCertificates(pemText: string, origin: string): pkijs.Certificate[] {
  const blocks = pemText.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g) ?? [];
  if (blocks.length === 0) {
    throw new TimeStampError(`${origin} holds no PEM certificate (-----BEGIN CERTIFICATE-----)`);
  }
  return blocks.map((block) => {
    const base64 = block.replace(/-----(BEGIN|END) CERTIFICATE-----|\s/g, '');
    return pkijs.Certificate.fromBER(toArrayBuffer(Buffer.from(base64, 'base64')));
  });
}

async function postRequest(url: string, body: Buffer): Promise<Buffer> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/timestamp-query', accept: 'application/timestamp-reply' },
      body,
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
  } catch (error) {
    throw new TimeStampError(`The time-stamping authority cannot be reached: ${messageOf(error)}`);
  }
  const answer = Buffer.from(await response.arrayBuffer());
  if (!response.ok) throw new TimeStampError(`The time-stamping authority answered HTTP ${response.status}`);
  if (answer.length > RESPONSE_BYTES_MAX)
    throw new TimeStampError('The time-stamping authority answered too much');
  return answer;
}

function parseResponse(answer: Buffer): pkijs.TimeStampResp {
  let response: pkijs.TimeStampResp;
  try {
    response = pkijs.TimeStampResp.fromBER(toArrayBuffer(answer));
  } catch (error) {
    throw new TimeStampError(
      `The time-stamping authority's answer is not an RFC 3161 response (${messageOf(error)})`,
    );
  }
  const status = response.status.status;
  // 0: granted, 1: granted with modifications (RFC 3161, section 2.4.2).
  if ((status !== 0 && status !== 1) || response.timeStampToken === undefined) {
    const text = response.status.statusStrings?.map((item) => item.valueBlock.value).join('; ') ?? '';
    throw new TimeStampError(
      `The time-stamping authority refused the request (status ${status}${text ? `: ${text}` : ''})`,
    );
  }
  return response;
}

function tstInfoOf(token: pkijs.ContentInfo): pkijs.TSTInfo {
  if (token.contentType !== pkijs.id_ContentType_SignedData) {
    throw new TimeStampError('the token is not CMS SignedData');
  }
  const signed = new pkijs.SignedData({ schema: token.content });
  const content = signed.encapContentInfo.eContent;
  if (content === undefined) throw new TimeStampError('the token holds no TSTInfo');
  return pkijs.TSTInfo.fromBER(content.valueBlock.valueHexView);
}

function signerCertificate(signed: pkijs.SignedData): pkijs.Certificate | undefined {
  const signerId = signed.signerInfos[0]?.sid;
  const certificates = (signed.certificates ?? []).filter(
    (certificate): certificate is pkijs.Certificate => certificate instanceof pkijs.Certificate,
  );
  if (signerId instanceof pkijs.IssuerAndSerialNumber) {
    return certificates.find(
      (certificate) =>
        certificate.serialNumber.isEqual(signerId.serialNumber) &&
        certificate.issuer.isEqual(signerId.issuer),
    );
  }
  return certificates.length === 1 ? certificates[0] : undefined;
}

/** RFC 3161, section 2.3: the TSA's certificate has exactly one, critical, extended key usage: time-stamping. */
function isForTimeStamping(certificate: pkijs.Certificate): boolean {
  const extension = certificate.extensions?.find((candidate) => candidate.extnID === EXTENDED_KEY_USAGE_OID);
  if (extension === undefined || extension.critical !== true) return false;
  const usage = extension.parsedValue as pkijs.ExtKeyUsage | undefined;
  return usage?.keyPurposes.length === 1 && usage.keyPurposes[0] === TIME_STAMPING_KEY_PURPOSE_OID;
}

function subjectName(certificate: pkijs.Certificate): string {
  const commonName = certificate.subject.typesAndValues.find((item) => item.type === '2.5.4.3');
  return commonName === undefined ? 'the time-stamping authority' : String(commonName.value.valueBlock.value);
}

function messageImprint(digest: Buffer): pkijs.MessageImprint {
  return new pkijs.MessageImprint({
    hashAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: SHA_256_OID }),
    hashedMessage: new asn1js.OctetString({ valueHex: toArrayBuffer(digest) }),
  });
}

function sha256(message: Buffer): Buffer {
  return hash('sha256', message, 'buffer');
}

function toArrayBuffer(buffer: Buffer): ArrayBuffer {
  return buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
