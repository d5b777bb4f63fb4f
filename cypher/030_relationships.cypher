// Relationships the Reuters article of 2025-01-23 states or implies. Every one has source = the
// article we hold; reportedOn = 2025-01-23, the day it reported them; and basis: 'stated' (the
// article says it), 'implied' (it follows from what the article says; basisNote says how) or
// 'outside' (background knowledge; basisNote says where from). Where the article attributes a fact
// to another report, citedSource names that report's document id; attribution says who told it.
// validFrom/validTo are the period a relationship holds, never the date of an event (an update, a
// signature): events are dated properties. Every date has a <date>Precision (docs/graph-model.md).

// ---------------------------------------------------------------- ownership

MATCH (a:Entity {id: 'bytedance'}), (b:Entity {id: 'tiktok'})
MERGE (a)-[r:OWNS {id: 'bytedance-owns-tiktok'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  evidence: 'The article calls ByteDance the company that owns TikTok and "the TikTok owner".'};

MATCH (a:Entity {id: 'alphabet'}), (b:Entity {id: 'google'})
MERGE (a)-[r:OWNS {id: 'alphabet-owns-google'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  evidence: 'Alphabet is named as the parent of Google.'};

MATCH (a:Entity {id: 'bytedance'}), (b:Entity {id: 'bytedance-southeast-asia-computing'})
MERGE (a)-[r:OWNS {id: 'bytedance-owns-bytedance-southeast-asia-computing'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'implied', basisNote: 'The article says ByteDance built the capacity; we read capacity a company built for itself as capacity it owns.', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  attribution: 'industry insiders',
  evidence: 'Industry insiders say ByteDance has built computing capacity in Southeast Asia, Malaysia in particular.'};

// ---------------------------------------------------------------- products

MATCH (a:Entity {id: 'bytedance'}), (b:Entity {id: 'doubao'})
MERGE (a)-[r:DEVELOPS {id: 'bytedance-develops-doubao'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'implied', basisNote: 'The article lists Doubao among ByteDance\'s AI apps; an app a company has as its own is one it develops.', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  evidence: "Doubao, China's top chatbot, is one of ByteDance's more than 15 AI apps."};

MATCH (a:Entity {id: 'bytedance'}), (b:Entity {id: 'doubao-model'})
MERGE (a)-[r:DEVELOPS {id: 'bytedance-develops-doubao-model'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'implied', basisNote: 'The article calls it ByteDance\'s flagship AI model and says ByteDance updated it; a model a company updates as its own is one it develops.', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  evidence: 'ByteDance updated its flagship AI model, which shares the Doubao name, on Wednesday 2025-01-22; the update is an event of the model, not the start of ByteDance developing it.'};

MATCH (a:Entity {id: 'bytedance'}), (b:Entity {id: 'cici'})
MERGE (a)-[r:DEVELOPS {id: 'bytedance-develops-cici'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  evidence: 'ByteDance made Cici as the overseas counterpart of Doubao.'};

MATCH (a:Entity {id: 'bytedance'}), (b:Entity {id: 'jimeng'})
MERGE (a)-[r:DEVELOPS {id: 'bytedance-develops-jimeng'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'implied', basisNote: 'The article says ByteDance operates it as one of its AI apps; we read an app a company runs as its own as one it develops.', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  evidence: 'ByteDance runs the text-to-video generator Jimeng.'};

MATCH (a:Entity {id: 'bytedance'}), (b:Entity {id: 'dreamina'})
MERGE (a)-[r:DEVELOPS {id: 'bytedance-develops-dreamina'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  evidence: 'ByteDance made Dreamina as the overseas counterpart of Jimeng.'};

MATCH (a:Entity {id: 'bytedance'}), (b:Entity {id: 'xinghui'})
MERGE (a)-[r:DEVELOPS {id: 'bytedance-develops-xinghui'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'implied', basisNote: 'The article says ByteDance operates it as one of its AI apps; we read an app a company runs as its own as one it develops.', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  evidence: 'ByteDance runs the image generator Xinghui.'};

MATCH (a:Entity {id: 'bytedance'}), (b:Entity {id: 'kouzi'})
MERGE (a)-[r:DEVELOPS {id: 'bytedance-develops-kouzi'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'implied', basisNote: 'The article says ByteDance operates it as one of its AI apps; we read an app a company runs as its own as one it develops.', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  evidence: 'ByteDance runs Kouzi, a platform for building custom chatbots.'};

MATCH (a:Entity {id: 'bytedance'}), (b:Entity {id: 'maoxiang'})
MERGE (a)-[r:DEVELOPS {id: 'bytedance-develops-maoxiang'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'implied', basisNote: 'The article says ByteDance operates it as one of its AI apps; we read an app a company runs as its own as one it develops.', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  evidence: 'ByteDance runs Maoxiang, an app for role-playing and emotional support.'};

// "internationally, Doubao is called Cici and Ji Meng is called Dreamina"
MATCH (a:Entity {id: 'cici'}), (b:Entity {id: 'doubao'})
MERGE (a)-[r:INTERNATIONAL_VERSION_OF {id: 'cici-international-version-of-doubao'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  evidence: 'Outside China, Doubao goes by the name Cici.'};

MATCH (a:Entity {id: 'dreamina'}), (b:Entity {id: 'jimeng'})
MERGE (a)-[r:INTERNATIONAL_VERSION_OF {id: 'dreamina-international-version-of-jimeng'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  evidence: 'Outside China, Jimeng (written "Ji Meng" there) goes by the name Dreamina.'};

// ---------------------------------------------------------------- chips

MATCH (a:Entity {id: 'nvidia'}), (b:Entity {id: 'nvidia-h20'})
MERGE (a)-[r:MANUFACTURES {id: 'nvidia-manufactures-nvidia-h20'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  citedSource: 'doc-reuters-2024-09-bytedance-h20',
  evidence: 'The H20 is an Nvidia AI chip that the U.S. chipmaker tailor-made to deal with the restrictions on chips for China.'};

MATCH (a:Entity {id: 'nvidia'}), (b:Entity {id: 'nvidia-ai-chips'})
MERGE (a)-[r:MANUFACTURES {id: 'nvidia-manufactures-nvidia-ai-chips'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'implied', basisNote: 'The article speaks of Nvidia chips and Nvidia semiconductors; chips that bear a chipmaker\'s name are ones it makes.', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  evidence: 'The article speaks of Nvidia chips and Nvidia semiconductors made by the U.S. chipmaker.'};

MATCH (a:Entity {id: 'huawei-technologies'}), (b:Entity {id: 'huawei-ai-chips'})
MERGE (a)-[r:MANUFACTURES {id: 'huawei-technologies-manufactures-huawei-ai-chips'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'implied', basisNote: 'The article calls Huawei a chipmaker and names none of its chips; its AI chips are what it would sell to AI spending.', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  evidence: 'Huawei is called a chipmaker that will gain from ByteDance AI spending, which implies its AI chips.'};

MATCH (a:Entity {id: 'cambricon-technologies'}), (b:Entity {id: 'cambricon-ai-chips'})
MERGE (a)-[r:MANUFACTURES {id: 'cambricon-technologies-manufactures-cambricon-ai-chips'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'implied', basisNote: 'The article calls Cambricon a chipmaker and names none of its chips; its AI chips are what it would sell to AI spending.', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  evidence: 'Cambricon (written "Cambrian") is called a chipmaker that will gain from ByteDance AI spending, which implies its AI chips.'};

// ---------------------------------------------------------------- supply

// "The main beneficiaries of the spending will be chipmakers Huawei ... and Cambrian ...,
// as well as U.S. supplier Nvidia": purchases planned with the 2025 budget.
MATCH (a:Entity {id: 'huawei-technologies'}), (b:Entity {id: 'bytedance'})
MERGE (a)-[r:SUPPLIES {id: 'huawei-technologies-supplies-bytedance'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'implied', basisNote: 'The article names Huawei a main beneficiary of ByteDance\'s spending, which goes mainly on AI; a chipmaker gains from it by selling ByteDance chips. How they are bought is not said.', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  what: 'AI chips bought with the 2025 capital spending', items: ['huawei-ai-chips'], status: 'planned',
  year: 2025, mainBeneficiary: true, attribution: 'people familiar with the matter',
  evidence: 'People familiar with the matter name Huawei, a chipmaker, as one of the main beneficiaries of ByteDance 2025 spending, which goes mainly on AI.'};

MATCH (a:Entity {id: 'cambricon-technologies'}), (b:Entity {id: 'bytedance'})
MERGE (a)-[r:SUPPLIES {id: 'cambricon-technologies-supplies-bytedance'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'implied', basisNote: 'The article names Cambricon a main beneficiary of ByteDance\'s spending, which goes mainly on AI; a chipmaker gains from it by selling ByteDance chips. How they are bought is not said.', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  what: 'AI chips bought with the 2025 capital spending', items: ['cambricon-ai-chips'], status: 'planned',
  year: 2025, mainBeneficiary: true, attribution: 'people familiar with the matter',
  evidence: 'People familiar with the matter name Cambricon (written "Cambrian Technologies Inc"), a chipmaker, as one of the main beneficiaries of ByteDance 2025 spending, which goes mainly on AI.'};

MATCH (a:Entity {id: 'nvidia'}), (b:Entity {id: 'bytedance'})
MERGE (a)-[r:SUPPLIES {id: 'nvidia-supplies-bytedance-capex-2025'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'implied', basisNote: 'The article names Nvidia, a U.S. supplier, a main beneficiary of ByteDance\'s spending, which goes mainly on AI; it gains by selling ByteDance chips. How they are bought is not said.', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  what: 'AI chips bought with the 2025 capital spending', items: ['nvidia-ai-chips'], status: 'planned',
  year: 2025, mainBeneficiary: true, attribution: 'people familiar with the matter',
  evidence: 'People familiar with the matter name U.S. supplier Nvidia as one of the main beneficiaries of ByteDance 2025 spending, which goes mainly on AI.'};

// "The Information reported that Nvidia planned to spend $7 billion to purchase Nvidia
// semiconductors outside China": the buyer is ByteDance, not Nvidia (slip of the translation).
MATCH (a:Entity {id: 'nvidia'}), (b:Entity {id: 'bytedance'})
MERGE (a)-[r:SUPPLIES {id: 'nvidia-supplies-bytedance-7bn-plan'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'implied', basisNote: 'The article says Nvidia planned to spend $7 billion on Nvidia chips; a chipmaker does not buy its own chips and the paragraph is about ByteDance, so the buyer is ByteDance.', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  citedSource: 'doc-the-information-2024-12-bytedance-nvidia-chips', citedReportedOn: date('2024-12-01'), citedReportedOnPrecision: 'month',
  what: 'Nvidia chips bought outside China', items: ['nvidia-ai-chips'], status: 'planned',
  purchaseAmount: 7000000000, purchaseUnit: 'USD', purchaseSource: 'doc-reuters-2025-01-23-bytedance-ai-capex',
  purchaseCitedSource: 'doc-the-information-2024-12-bytedance-nvidia-chips',
  purchaseBasis: 'implied', purchaseBasisNote: 'The article gives the $7 billion as Nvidia planning to buy Nvidia chips; the buyer is ByteDance (see basisNote).',
  evidence: 'The Information reported in December 2024 that ByteDance planned to spend $7 billion on Nvidia chips outside China.'};

// "Bitbeat is already the biggest buyer Nvidia's H20 AI chip ... According to a Reuters report in September"
MATCH (a:Entity {id: 'nvidia'}), (b:Entity {id: 'bytedance'})
MERGE (a)-[r:SUPPLIES {id: 'nvidia-supplies-bytedance-h20'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'implied', basisNote: 'The article calls ByteDance the biggest buyer of Nvidia\'s H20; the buyer of a chipmaker\'s chip is supplied by it, though the article does not say whether directly. The article runs the claim together with a Reuters report of September 2024, which we take as its source.', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  citedSource: 'doc-reuters-2024-09-bytedance-h20', citedReportedOn: date('2024-09-01'), citedReportedOnPrecision: 'month',
  what: 'H20 AI chips', items: ['nvidia-h20'], status: 'reported', biggestBuyer: true,
  evidence: 'ByteDance (written "Bitbeat") is already the biggest buyer of the Nvidia H20, in a passage the article ties to a Reuters report of September 2024.'};

MATCH (a:Entity {id: 'microsoft'}), (b:Entity {id: 'bytedance'})
MERGE (a)-[r:SUPPLIES {id: 'microsoft-supplies-bytedance'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  what: 'access to Nvidia chips through cloud computing', items: ['nvidia-ai-chips'], via: 'cloud computing', status: 'reported',
  largestCustomerIn: 'Asia', attribution: 'sources who spoke to Reuters',
  evidence: "Sources told Reuters that, of all Microsoft's Asian clients for Nvidia chips, ByteDance is the biggest; it uses them over Microsoft's cloud."};

// Implied, not stated: Microsoft can only rent out Nvidia chips it has. How it has them is not said, so no via.
MATCH (a:Entity {id: 'nvidia'}), (b:Entity {id: 'microsoft'})
MERGE (a)-[r:SUPPLIES {id: 'nvidia-supplies-microsoft'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'implied', basisNote: 'Microsoft gives cloud customers access to Nvidia chips, so it has Nvidia chips; the article does not say that it buys them from Nvidia or how.', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  what: 'Nvidia chips offered through Microsoft cloud computing', items: ['nvidia-ai-chips'],
  evidence: 'Implied, not stated: Microsoft offers Nvidia chips to cloud customers such as ByteDance, so Nvidia supplies Microsoft.'};

// "although Chinese companies have been banned from purchasing Nvidia chips ... since 2023, they
// have been able to obtain chips through leasing with third parties. Data center providers reach
// agreement" = leasing agreements with third-party data center providers, overseas. The
// article gives no start for the leasing (2023 is when the ban began, not the leasing), so no
// validFrom. The route closed "last week": validTo is that week, 2025-01-13 to 2025-01-19, stored
// as its last day.
MATCH (a:Entity {id: 'third-party-data-center-providers'}), (b:Entity {id: 'bytedance'})
MERGE (a)-[r:SUPPLIES {id: 'third-party-data-center-providers-supplies-bytedance'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'implied', basisNote: 'The article says Chinese companies reached chips by leasing from third-party data center providers; the paragraph is about ByteDance. It says the loophole closed last week; we take the leasing route as ending then, though the article does not say the leasing itself stopped and the new rules hinge on enforcement.', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  what: 'leased access to Nvidia chips overseas', items: ['nvidia-ai-chips'], via: 'leasing', status: 'reported',
  appliesTo: 'Chinese companies', validTo: date('2025-01-19'), validToPrecision: 'week', attribution: 'industry insiders',
  evidence: 'Industry insiders say Chinese companies, barred from buying Nvidia chips since 2023, reached them by leasing from third-party data center providers until new rules closed that route last week.'};

MATCH (a:Entity {id: 'bytedance'}), (b:Entity {id: 'third-party-data-center-providers'})
MERGE (a)-[r:LEASES_FROM {id: 'bytedance-leases-from-third-party-data-center-providers'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'implied', basisNote: 'The article says Chinese companies reached chips by leasing from third-party data center providers; the paragraph is about ByteDance. It says the loophole closed last week; we take the leasing as ending then, though the article does not say the leasing itself stopped and the new rules hinge on enforcement.', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  what: 'computing capacity with Nvidia chips overseas', appliesTo: 'Chinese companies', validTo: date('2025-01-19'), validToPrecision: 'week',
  attribution: 'industry insiders',
  evidence: 'Chinese companies such as ByteDance leased Nvidia chip capacity from third-party data center providers, a loophole closed last week; the article speaks of ByteDance sourcing chips overseas.'};

// ---------------------------------------------------------------- competition and investment

MATCH (a:Entity {id: 'bytedance'}), (b:Entity {id: 'baidu'})
MERGE (a)-[r:COMPETES_WITH {id: 'bytedance-competes-with-baidu'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  market: 'AI applications in China',
  evidence: 'Baidu is named as a domestic AI rival; ByteDance now has more independent AI apps than it. Unlike such rivals, ByteDance made overseas versions of its biggest apps.'};

MATCH (a:Entity {id: 'bytedance'}), (b:Entity {id: 'tencent-holdings'})
MERGE (a)-[r:COMPETES_WITH {id: 'bytedance-competes-with-tencent-holdings'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  market: 'AI applications in China',
  evidence: 'Tencent Holdings is named as a domestic AI rival; ByteDance now has more independent AI apps than it. Unlike such rivals, ByteDance made overseas versions of its biggest apps.'};

MATCH (a:Entity {id: 'doubao-model'}), (b:Entity {id: 'openai'})
MERGE (a)-[r:COMPETES_WITH {id: 'doubao-model-competes-with-openai'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  evidence: 'The Doubao model, as updated on 2025-01-22, is meant to challenge Microsoft-backed OpenAI.'};

// From a "See also" title: "Nvidia's new artificial intelligence chips for China are priced close
// to Huawei alternatives".
MATCH (a:Entity {id: 'nvidia'}), (b:Entity {id: 'huawei-technologies'})
MERGE (a)-[r:COMPETES_WITH {id: 'nvidia-competes-with-huawei-technologies'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'implied', basisNote: 'A See also title puts the price of Nvidia\'s new AI chips for China near that of Huawei\'s alternatives: rival products, so rival makers.', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  citedSource: 'doc-nvidia-china-chips-priced-near-huawei', market: 'AI chips in China',
  evidence: 'A linked article says Nvidia prices its new AI chips for China close to the Huawei alternatives.'};

// "OpenAI supported by Microsoft": no amount is given.
MATCH (a:Entity {id: 'microsoft'}), (b:Entity {id: 'openai'})
MERGE (a)-[r:INVESTS_IN {id: 'microsoft-invests-in-openai'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'implied', basisNote: 'The article calls OpenAI supported by Microsoft; we read that support as backing. No amount or form is given.', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  evidence: 'OpenAI is described as backed by Microsoft.'};

// ---------------------------------------------------------------- regulators and regulations

MATCH (a:Entity {id: 'us-government'}), (b:Entity {id: 'tiktok-ban-law'})
MERGE (a)-[r:ISSUED {id: 'us-government-issued-tiktok-ban-law'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'implied', basisNote: 'The ban binds U.S. companies and the U.S. president postponed it, so it is a U.S. measure; the article does not say which body made it.', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  evidence: 'The ban binds U.S. companies and the U.S. president put it off, so it is a U.S. measure; the article does not say which body made it.'};

// "U.S. President Trump signed an executive order on Monday to postpone for 75 days a ban":
// Monday = 2025-01-20. Signing is an event, so it is signedOn, not a validity: the issuer
// relationship holds from then on. The 75-day window belongs to the order (020_entities).
MATCH (a:Entity {id: 'donald-trump'}), (b:Entity {id: 'tiktok-ban-postponement-order'})
MERGE (a)-[r:ISSUED {id: 'donald-trump-issued-tiktok-ban-postponement-order'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  signedOn: date('2025-01-20'), signedOnPrecision: 'day',
  evidence: 'On Monday 2025-01-20 the president put his name to an order that delays the TikTok ban by 75 days.'};

MATCH (a:Entity {id: 'us-government'}), (b:Entity {id: 'us-chip-export-controls-china'})
MERGE (a)-[r:ISSUED {id: 'us-government-issued-us-chip-export-controls-china'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  evidence: 'The United States limits sales of high-tech chips to China; Chinese companies have been barred from buying Nvidia chips since 2023.'};

// "the loophole was closed last week. Biden administration issues new rules": last week = the
// week of 2025-01-13 to 2025-01-19. The article gives no day, so issuedOn is that week.
MATCH (a:Entity {id: 'biden-administration'}), (b:Entity {id: 'us-ai-chip-rules-2025-01'})
MERGE (a)-[r:ISSUED {id: 'biden-administration-issued-us-ai-chip-rules-2025-01'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  attribution: 'an unnamed source the article cites ("it noted")',
  issuedOn: date('2025-01-13'), issuedOnPrecision: 'week',
  evidence: 'The Biden administration issued new rules last week requiring the owners and operators of chips to be vetted.'};

MATCH (a:Entity {id: 'us-government'}), (b:Entity {id: 'us-outbound-investment-rules'})
MERGE (a)-[r:ISSUED {id: 'us-government-issued-us-outbound-investment-rules'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'implied', basisNote: 'A See also title speaks of U.S. rules; rules of the United States are made by its government.', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  citedSource: 'doc-us-rules-restrict-investment-chinese-chips',
  evidence: 'A linked article reports U.S. rules restricting investment in Chinese chips, quantum and AI.'};

MATCH (a:Entity {id: 'tiktok-ban-law'}), (b:Entity {id: 'tiktok'})
MERGE (a)-[r:RESTRICTS {id: 'tiktok-ban-law-restricts-tiktok'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  scope: 'U.S. companies may no longer host the app, unless ByteDance sells its American business',
  evidence: 'The ban bars U.S. companies from hosting TikTok, unless ByteDance sells its American business.'};

MATCH (a:Entity {id: 'tiktok-ban-law'}), (b:Entity {id: 'bytedance'})
MERGE (a)-[r:RESTRICTS {id: 'tiktok-ban-law-restricts-bytedance'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'implied', basisNote: 'The ban applies unless ByteDance sells its U.S. operations, so it puts ByteDance to a choice: sell, or lose TikTok in the United States.', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  scope: 'must sell its U.S. operations or see TikTok banned in the United States',
  mayChange: 'A forced TikTok sale could upset ByteDance\'s plans to go public.',
  evidence: 'The ban holds unless ByteDance sells its American business, a sale the article calls forced.'};

MATCH (a:Entity {id: 'us-chip-export-controls-china'}), (b:Entity {id: 'china'})
MERGE (a)-[r:RESTRICTS {id: 'us-chip-export-controls-china-restricts-china'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  scope: 'export of high-tech chips to China',
  evidence: 'The United States limits sales of high-tech chips to China; the article gives no start for that limit.'};

MATCH (a:Entity {id: 'us-chip-export-controls-china'}), (b:Entity {id: 'nvidia-ai-chips'})
MERGE (a)-[r:RESTRICTS {id: 'us-chip-export-controls-china-restricts-nvidia-ai-chips'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'implied', basisNote: 'The garbled sentence says Chinese companies were banned from purchasing Nvidia chips since 2023; we read it as the U.S. restrictions on those chips.', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  attribution: 'industry insiders',
  scope: 'Chinese companies may not buy Nvidia chips', validFrom: date('2023-01-01'), validFromPrecision: 'year',
  evidence: 'Chinese companies have been barred from buying Nvidia chips since 2023.'};

MATCH (a:Entity {id: 'us-chip-export-controls-china'}), (b:Entity {id: 'bytedance'})
MERGE (a)-[r:RESTRICTS {id: 'us-chip-export-controls-china-restricts-bytedance'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'implied', basisNote: 'The article says Chinese companies have been barred from buying Nvidia chips since 2023, and ByteDance is a Chinese company.', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  attribution: 'industry insiders',
  scope: 'as a Chinese company, barred from buying Nvidia chips', validFrom: date('2023-01-01'), validFromPrecision: 'year',
  evidence: 'ByteDance, a Chinese company, falls under the bar on Chinese companies buying Nvidia chips, in place since 2023.'};

MATCH (a:Entity {id: 'us-chip-export-controls-china'}), (b:Entity {id: 'nvidia'})
MERGE (a)-[r:RESTRICTS {id: 'us-chip-export-controls-china-restricts-nvidia'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'implied', basisNote: 'A bar on Chinese companies buying Nvidia chips, in place since 2023, limits whom Nvidia may sell to.', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  attribution: 'industry insiders',
  scope: 'may not sell such chips to Chinese companies', validFrom: date('2023-01-01'), validFromPrecision: 'year',
  evidence: 'Industry insiders say Chinese companies have been barred from buying Nvidia chips since 2023, which limits whom Nvidia may sell to.'};

MATCH (a:Entity {id: 'us-ai-chip-rules-2025-01'}), (b:Entity {id: 'nvidia-ai-chips'})
MERGE (a)-[r:RESTRICTS {id: 'us-ai-chip-rules-2025-01-restricts-nvidia-ai-chips'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'implied', basisNote: 'The rules require the owners and operators of chips to be vetted; the paragraph is about Nvidia chips. They closed the loophole last week, so they hold from that week.', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  attribution: 'an unnamed source the article cites ("it noted")',
  validFrom: date('2025-01-13'), validFromPrecision: 'week', scope: 'the owners and operators of the chips must be vetted',
  evidence: 'New rules require the identity of chip owners and operators to be vetted.'};

MATCH (a:Entity {id: 'us-ai-chip-rules-2025-01'}), (b:Entity {id: 'third-party-data-center-providers'})
MERGE (a)-[r:RESTRICTS {id: 'us-ai-chip-rules-2025-01-restricts-third-party-data-center-providers'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'implied', basisNote: 'The rules closed the leasing loophole last week, so they bind the providers that leased chips to Chinese companies, from that week.', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  attribution: 'an unnamed source the article cites ("it noted")',
  validFrom: date('2025-01-13'), validFromPrecision: 'week', scope: 'leasing chips to unvetted owners and operators; closes the leasing loophole',
  evidence: 'The new rules closed the loophole through which data center providers leased chips to Chinese companies.'};

MATCH (a:Entity {id: 'us-ai-chip-rules-2025-01'}), (b:Entity {id: 'bytedance'})
MERGE (a)-[r:RESTRICTS {id: 'us-ai-chip-rules-2025-01-restricts-bytedance'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  attribution: 'an unnamed source the article cites ("it noted")',
  scope: 'sourcing chips overseas', condition: 'if strictly enforced',
  mayChange: 'Trump could view export controls differently.',
  evidence: 'Enforced strictly, the rules will make it harder than it has ever been for ByteDance to get chips abroad; Trump may see export controls differently.'};

MATCH (a:Entity {id: 'us-ai-chip-rules-2025-01'}), (b:Entity {id: 'china'})
MERGE (a)-[r:RESTRICTS {id: 'us-ai-chip-rules-2025-01-restricts-china'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'implied', basisNote: 'The rules closed last week the route Chinese companies used to reach chips abroad, so they restrict China\'s companies from that week.', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  attribution: 'an unnamed source the article cites ("it noted")',
  validFrom: date('2025-01-13'), validFromPrecision: 'week', scope: 'Chinese companies reaching chips abroad through leasing',
  evidence: 'The rules close the leasing route Chinese companies used to reach Nvidia chips, which the article places overseas.'};

MATCH (a:Entity {id: 'us-outbound-investment-rules'}), (b:Entity {id: 'china'})
MERGE (a)-[r:RESTRICTS {id: 'us-outbound-investment-rules-restricts-china'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'implied', basisNote: 'A See also title speaks of U.S. rules limiting investment in China\'s chips, quantum and AI; we read that as restricting China.', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  citedSource: 'doc-us-rules-restrict-investment-chinese-chips',
  scope: 'U.S. investment in China\'s chip, quantum and AI sectors',
  evidence: 'A linked article reports U.S. rules restricting investment in Chinese chips, quantum and AI.'};

MATCH (a:Entity {id: 'us-government'}), (b:Entity {id: 'tiktok'})
MERGE (a)-[r:REGULATES {id: 'us-government-regulates-tiktok'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'implied', basisNote: 'The U.S. ban decides whether U.S. companies may host TikTok, so the U.S. government has a say over the app.', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  evidence: "The U.S. ban puts TikTok's future in the United States in doubt unless ByteDance sells its U.S. operations."};

// No validity: the 75 days are the order's window, not the end of the president's say over TikTok.
MATCH (a:Entity {id: 'donald-trump'}), (b:Entity {id: 'tiktok'})
MERGE (a)-[r:REGULATES {id: 'donald-trump-regulates-tiktok'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'implied', basisNote: 'As president he signed the order postponing the ban on TikTok, and he is reported keen on a deal on it.', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  stance: 'recent enthusiasm for a deal on TikTok', stanceCitedSource: 'doc-scmp-2025-01-21-china-softens-tiktok-stance',
  stanceAttribution: 'someone the newspaper quotes as informed of Chinese government thinking',
  evidence: 'As president, Trump signed the order of 2025-01-20 that delays the TikTok ban; he is reported keen on a TikTok deal.'};

MATCH (a:Entity {id: 'us-government'}), (b:Entity {id: 'nvidia'})
MERGE (a)-[r:REGULATES {id: 'us-government-regulates-nvidia'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'implied', basisNote: 'The United States restricts exports of high-tech chips to China, and a subheading says it takes steps to tighten the use of Nvidia chips.', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  evidence: 'The U.S. controls the export of Nvidia chips to China and is taking steps to tighten their use.'};

// "the South China Morning Post reported on January 21": 2025-01-21.
MATCH (a:Entity {id: 'chinese-government'}), (b:Entity {id: 'tiktok'})
MERGE (a)-[r:REGULATES {id: 'chinese-government-regulates-tiktok'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'implied', basisNote: 'The South China Morning Post, as cited, says the Chinese authorities\' stance on TikTok\'s fate could let ByteDance begin talks with U.S. investors, so they have a say over it; the article does not say they regulate TikTok.', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  citedSource: 'doc-scmp-2025-01-21-china-softens-tiktok-stance', citedReportedOn: date('2025-01-21'), citedReportedOnPrecision: 'day',
  stance: 'softening', stanceHedge: 'seems to be', attribution: 'people familiar with the matter, cited by the South China Morning Post',
  sees: 'value in a fair arrangement to improve bilateral ties',
  seesAttribution: 'someone the newspaper quotes as informed of Chinese government thinking', couldLeadTo: 'ByteDance beginning talks with U.S. investors',
  evidence: "Chinese authorities appear to be softening their stance on TikTok's fate, which could let ByteDance talk with U.S. investors."};

// ---------------------------------------------------------------- places

MATCH (a:Entity {id: 'bytedance'}), (b:Entity {id: 'beijing'})
MERGE (a)-[r:LOCATED_IN {id: 'bytedance-located-in-beijing'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  evidence: 'ByteDance is described as Beijing-based.'};

MATCH (a:Entity {id: 'beijing'}), (b:Entity {id: 'china'})
MERGE (a)-[r:LOCATED_IN {id: 'beijing-located-in-china'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'implied', basisNote: 'ByteDance is a Chinese company described as Beijing-based, and the article uses Beijing for the Chinese government.', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  evidence: 'ByteDance, a Chinese company, is Beijing-based, and the article uses "Beijing" for the Chinese government.'};

MATCH (a:Entity {id: 'nvidia'}), (b:Entity {id: 'united-states'})
MERGE (a)-[r:LOCATED_IN {id: 'nvidia-located-in-united-states'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'implied', basisNote: 'The article calls Nvidia a U.S. supplier and the U.S. chipmaker; its location is not given beyond that.', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  evidence: 'Nvidia is called a U.S. supplier and the U.S. chipmaker.'};

MATCH (a:Entity {id: 'microsoft'}), (b:Entity {id: 'united-states'})
MERGE (a)-[r:LOCATED_IN {id: 'microsoft-located-in-united-states'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'implied', basisNote: 'The article counts Microsoft among the U.S. tech giants.', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  evidence: 'Microsoft is one of the U.S. tech giants the article compares ByteDance with.'};

MATCH (a:Entity {id: 'alphabet'}), (b:Entity {id: 'united-states'})
MERGE (a)-[r:LOCATED_IN {id: 'alphabet-located-in-united-states'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'implied', basisNote: 'The article counts Alphabet among the U.S. tech giants.', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  evidence: 'Alphabet is one of the U.S. tech giants the article compares ByteDance with.'};

MATCH (a:Entity {id: 'bytedance-southeast-asia-computing'}), (b:Entity {id: 'southeast-asia'})
MERGE (a)-[r:LOCATED_IN {id: 'bytedance-southeast-asia-computing-located-in-southeast-asia'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  attribution: 'industry insiders',
  evidence: 'ByteDance has built computing capacity in Southeast Asia.'};

MATCH (a:Entity {id: 'bytedance-southeast-asia-computing'}), (b:Entity {id: 'malaysia'})
MERGE (a)-[r:LOCATED_IN {id: 'bytedance-southeast-asia-computing-located-in-malaysia'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  attribution: 'industry insiders',
  evidence: 'The capacity ByteDance built in Southeast Asia is above all in Malaysia.'};

MATCH (a:Entity {id: 'malaysia'}), (b:Entity {id: 'southeast-asia'})
MERGE (a)-[r:PART_OF {id: 'malaysia-part-of-southeast-asia'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'implied', basisNote: 'The article says ByteDance built capacity in Southeast Asia, particularly Malaysia.', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  evidence: 'Malaysia is named as the main place in Southeast Asia where ByteDance built capacity.'};

MATCH (a:Entity {id: 'southeast-asia'}), (b:Entity {id: 'asia'})
MERGE (a)-[r:PART_OF {id: 'southeast-asia-part-of-asia'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'outside', basisNote: 'Geography, not the article: Southeast Asia is a region of Asia.', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  evidence: 'Southeast Asia is a region of Asia (geography, not the article).'};

MATCH (a:Entity {id: 'china'}), (b:Entity {id: 'asia'})
MERGE (a)-[r:PART_OF {id: 'china-part-of-asia'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'outside', basisNote: 'Geography, not the article: China lies in Asia. The article agrees, counting a Chinese company among Microsoft\'s customers in Asia.', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  evidence: "China lies in Asia (geography, not the article); the article agrees, counting ByteDance among Microsoft's customers in Asia."};

MATCH (a:Entity {id: 'bytedance'}), (b:Entity {id: 'china'})
MERGE (a)-[r:OPERATES_IN {id: 'bytedance-operates-in-china'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  evidence: 'ByteDance is a Chinese tech giant whose AI apps in China include Doubao.'};

MATCH (a:Entity {id: 'bytedance'}), (b:Entity {id: 'united-states'})
MERGE (a)-[r:OPERATES_IN {id: 'bytedance-operates-in-united-states'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  evidence: 'ByteDance has U.S. operations, which the TikTok ban requires it to sell.'};

MATCH (a:Entity {id: 'bytedance'}), (b:Entity {id: 'southeast-asia'})
MERGE (a)-[r:OPERATES_IN {id: 'bytedance-operates-in-southeast-asia'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'implied', basisNote: 'The article says ByteDance has built computing capacity there.', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  attribution: 'industry insiders',
  evidence: 'ByteDance has built computing capacity in Southeast Asia.'};

MATCH (a:Entity {id: 'bytedance'}), (b:Entity {id: 'malaysia'})
MERGE (a)-[r:OPERATES_IN {id: 'bytedance-operates-in-malaysia'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'implied', basisNote: 'The article says ByteDance has built computing capacity in Southeast Asia, particularly in Malaysia.', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  attribution: 'industry insiders',
  evidence: 'ByteDance has built computing capacity particularly in Malaysia.'};

MATCH (a:Entity {id: 'baidu'}), (b:Entity {id: 'china'})
MERGE (a)-[r:OPERATES_IN {id: 'baidu-operates-in-china'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'implied', basisNote: 'The article names Baidu a rival of ByteDance in domestic (Chinese) AI.', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  evidence: 'Baidu is a rival of ByteDance in domestic (Chinese) AI.'};

MATCH (a:Entity {id: 'tencent-holdings'}), (b:Entity {id: 'china'})
MERGE (a)-[r:OPERATES_IN {id: 'tencent-holdings-operates-in-china'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'implied', basisNote: 'The article names Tencent Holdings a rival of ByteDance in domestic (Chinese) AI.', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  evidence: 'Tencent Holdings is a rival of ByteDance in domestic (Chinese) AI.'};

MATCH (a:Entity {id: 'microsoft'}), (b:Entity {id: 'asia'})
MERGE (a)-[r:OPERATES_IN {id: 'microsoft-operates-in-asia'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'implied', basisNote: 'The article says ByteDance is Microsoft\'s largest customer in Asia, so Microsoft has customers there.', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  evidence: 'Microsoft has cloud customers for Nvidia chips in Asia, ByteDance being the largest.'};
