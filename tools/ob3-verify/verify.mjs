#!/usr/bin/env node
// An independent verifier for HọcVụ's Open Badges 3.0 certificates: Digital Bazaar's @digitalbazaar/vc
// with the eddsa-rdfc-2022 cryptosuite. Offline by default: JSON-LD contexts and the issuer's documents
// are read from files; only with --issuer-base are the issuer's own documents (profile, keys, status
// lists) fetched from that HọcVụ server. Exit 0 when the credential verifies and is not revoked.
//
//   node verify.mjs credential.json --documents dir      (dir/index.json maps URL -> file in dir)
//   node verify.mjs credential.json --issuer-base http://localhost:8080/
import {readFile} from 'node:fs/promises';
import {gunzipSync} from 'node:zlib';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import * as vc from '@digitalbazaar/vc';
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import {cryptosuite as eddsaRdfc2022CryptoSuite} from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import multikeyContext from '@digitalbazaar/multikey-context';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const option = name => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const credentialFile = args.find((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1].startsWith('--')));
if(!credentialFile) {
  console.error('usage: verify.mjs credential.json (--documents dir | --issuer-base url)');
  process.exit(2);
}

// the contexts HọcVụ bundles (the same files its own signer reads)
const contextsDir = path.resolve(here, '../../core/lms/src/main/resources/certificate/contexts');
const contextFiles = {
  'https://www.w3.org/ns/credentials/v2': 'credentials-v2.jsonld',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json': 'ob-v3p0-3.0.3.json',
  'https://www.w3.org/ns/did/v1': 'did-v1.jsonld'
};
const documents = new Map();
for(const [url, file] of Object.entries(contextFiles)) {
  documents.set(url, JSON.parse(await readFile(path.join(contextsDir, file), 'utf8')));
}
// the Multikey context of the issuer's key documents, as Digital Bazaar publishes it
documents.set(multikeyContext.CONTEXT_URL, multikeyContext.CONTEXT);
const documentsDir = option('--documents');
if(documentsDir) {
  const index = JSON.parse(await readFile(path.join(documentsDir, 'index.json'), 'utf8'));
  for(const [url, file] of Object.entries(index)) {
    documents.set(url, JSON.parse(await readFile(path.join(documentsDir, file), 'utf8')));
  }
}
const issuerBase = option('--issuer-base');

async function documentLoader(url) {
  const bare = url.split('#')[0];
  if(documents.has(url) || documents.has(bare)) {
    const document = documents.get(url) ?? documents.get(bare);
    return {contextUrl: null, documentUrl: url, document: fragment(document, url)};
  }
  if(issuerBase && bare.startsWith(new URL('issuer', issuerBase).href)) {
    const response = await fetch(bare, {headers: {accept: 'application/json'}});
    if(!response.ok) {
      throw new Error(`${bare}: HTTP ${response.status}`);
    }
    documents.set(bare, await response.json());
    return documentLoader(url);
  }
  throw new Error(`document not available offline: ${url}`);
}

// a URL with a fragment names a part of a document (a key listed in the issuer's profile)
function fragment(document, url) {
  if(!url.includes('#') || document.id === url) {
    return document;
  }
  const found = (document.verificationMethod || []).find(vm => vm.id === url);
  return found ? {'@context': 'https://w3id.org/security/multikey/v1', ...found} : document;
}

// Bitstring Status List: GZIP of the bits, multibase base64url ('u'); index 0 is the left-most bit
async function checkStatus({credential}) {
  const entry = credential.credentialStatus;
  if(!entry || entry.type !== 'BitstringStatusListEntry' || entry.statusPurpose !== 'revocation') {
    return {verified: false, error: new Error('unsupported credentialStatus')};
  }
  const {document: list} = await documentLoader(entry.statusListCredential);
  const listCheck = await vc.verifyCredential({credential: list, suite, documentLoader,
    checkStatus: async () => ({verified: true})});
  if(!listCheck.verified) {
    return {verified: false, error: new Error('the status list credential does not verify')};
  }
  const encoded = list.credentialSubject.encodedList;
  const bits = gunzipSync(Buffer.from(encoded.slice(1), 'base64url'));
  const index = Number.parseInt(entry.statusListIndex, 10);
  const revoked = (bits[index >> 3] & (0x80 >> (index % 8))) !== 0;
  return revoked ? {verified: false, error: new Error(`revoked (status list index ${index})`)} : {verified: true};
}

const suite = new DataIntegrityProof({cryptosuite: eddsaRdfc2022CryptoSuite});
const credential = JSON.parse(await readFile(credentialFile, 'utf8'));
const result = await vc.verifyCredential({credential, suite, documentLoader, checkStatus});
if(result.verified) {
  console.log(`verified: ${credential.id}`);
  process.exit(0);
}
const reasons = [result.error, result.statusResult?.error, ...(result.results || []).map(r => r.error)].filter(Boolean)
  .flatMap(e => e.errors ? e.errors : [e]).map(e => (e.message || String(e)) + (e.details?.event ? ` (${e.details.event.code}: ${JSON.stringify(e.details.event.details).slice(0, 300)})` : ""));
console.log(`NOT verified: ${reasons.join('; ')}`);
process.exit(1);
