// Relationships the Reuters article of 2025-01-23 states or clearly implies. Every one has
// source = the article we hold; reportedOn = 2025-01-23, the day it reported them. Where the
// article attributes a fact to another report, citedSource names that report's document id.

// ---------------------------------------------------------------- ownership

MATCH (a:Entity {id: 'bytedance'}), (b:Entity {id: 'tiktok'})
MERGE (a)-[r:OWNS {id: 'bytedance-owns-tiktok'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', reportedOn: date('2025-01-23'),
  evidence: 'The article calls ByteDance the company that owns TikTok and "the TikTok owner".'};

MATCH (a:Entity {id: 'alphabet'}), (b:Entity {id: 'google'})
MERGE (a)-[r:OWNS {id: 'alphabet-owns-google'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', reportedOn: date('2025-01-23'),
  evidence: 'Alphabet is named as the parent of Google.'};

MATCH (a:Entity {id: 'bytedance'}), (b:Entity {id: 'bytedance-southeast-asia-computing'})
MERGE (a)-[r:OWNS {id: 'bytedance-owns-bytedance-southeast-asia-computing'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', reportedOn: date('2025-01-23'),
  evidence: 'An industry source says ByteDance has already built computing capacity in Southeast Asia, above all in Malaysia.'};

// ---------------------------------------------------------------- products

MATCH (a:Entity {id: 'bytedance'}), (b:Entity {id: 'doubao'})
MERGE (a)-[r:DEVELOPS {id: 'bytedance-develops-doubao'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', reportedOn: date('2025-01-23'),
  evidence: "Doubao, China's top chatbot, is one of ByteDance's more than 15 AI apps."};

MATCH (a:Entity {id: 'bytedance'}), (b:Entity {id: 'doubao-model'})
MERGE (a)-[r:DEVELOPS {id: 'bytedance-develops-doubao-model'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', reportedOn: date('2025-01-23'),
  validFrom: date('2025-01-22'), updatedOn: date('2025-01-22'),
  evidence: 'ByteDance updated its flagship AI model, also named Doubao, on Wednesday 2025-01-22.'};

MATCH (a:Entity {id: 'bytedance'}), (b:Entity {id: 'cici'})
MERGE (a)-[r:DEVELOPS {id: 'bytedance-develops-cici'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', reportedOn: date('2025-01-23'),
  evidence: 'ByteDance made Cici as the overseas counterpart of Doubao.'};

MATCH (a:Entity {id: 'bytedance'}), (b:Entity {id: 'jimeng'})
MERGE (a)-[r:DEVELOPS {id: 'bytedance-develops-jimeng'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', reportedOn: date('2025-01-23'),
  evidence: 'ByteDance runs the text-to-video generator Jimeng.'};

MATCH (a:Entity {id: 'bytedance'}), (b:Entity {id: 'dreamina'})
MERGE (a)-[r:DEVELOPS {id: 'bytedance-develops-dreamina'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', reportedOn: date('2025-01-23'),
  evidence: 'ByteDance made Dreamina as the overseas counterpart of Jimeng.'};

MATCH (a:Entity {id: 'bytedance'}), (b:Entity {id: 'xinghui'})
MERGE (a)-[r:DEVELOPS {id: 'bytedance-develops-xinghui'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', reportedOn: date('2025-01-23'),
  evidence: 'ByteDance runs the image generator Xinghui.'};

MATCH (a:Entity {id: 'bytedance'}), (b:Entity {id: 'kouzi'})
MERGE (a)-[r:DEVELOPS {id: 'bytedance-develops-kouzi'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', reportedOn: date('2025-01-23'),
  evidence: 'ByteDance runs Kouzi, a platform for building custom chatbots.'};

MATCH (a:Entity {id: 'bytedance'}), (b:Entity {id: 'maoxiang'})
MERGE (a)-[r:DEVELOPS {id: 'bytedance-develops-maoxiang'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', reportedOn: date('2025-01-23'),
  evidence: 'ByteDance runs Maoxiang, an app for role-playing and emotional support.'};

// "internationally, Doubao is called Cici and Ji Meng is called Dreamina"
MATCH (a:Entity {id: 'cici'}), (b:Entity {id: 'doubao'})
MERGE (a)-[r:INTERNATIONAL_VERSION_OF {id: 'cici-international-version-of-doubao'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', reportedOn: date('2025-01-23'),
  evidence: 'Outside China, Doubao goes by the name Cici.'};

MATCH (a:Entity {id: 'dreamina'}), (b:Entity {id: 'jimeng'})
MERGE (a)-[r:INTERNATIONAL_VERSION_OF {id: 'dreamina-international-version-of-jimeng'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', reportedOn: date('2025-01-23'),
  evidence: 'Outside China, Jimeng (written "Ji Meng" there) goes by the name Dreamina.'};

// ---------------------------------------------------------------- chips

MATCH (a:Entity {id: 'nvidia'}), (b:Entity {id: 'nvidia-h20'})
MERGE (a)-[r:MANUFACTURES {id: 'nvidia-manufactures-nvidia-h20'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', reportedOn: date('2025-01-23'),
  citedSource: 'doc-reuters-2024-09-bytedance-h20',
  evidence: 'The H20 is an Nvidia AI chip that the U.S. chipmaker tailor-made for China under U.S. export restrictions.'};

MATCH (a:Entity {id: 'nvidia'}), (b:Entity {id: 'nvidia-ai-chips'})
MERGE (a)-[r:MANUFACTURES {id: 'nvidia-manufactures-nvidia-ai-chips'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', reportedOn: date('2025-01-23'),
  evidence: 'The article speaks of Nvidia chips and Nvidia semiconductors made by the U.S. chipmaker.'};

MATCH (a:Entity {id: 'huawei-technologies'}), (b:Entity {id: 'huawei-ai-chips'})
MERGE (a)-[r:MANUFACTURES {id: 'huawei-technologies-manufactures-huawei-ai-chips'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', reportedOn: date('2025-01-23'),
  evidence: 'Huawei is called a chipmaker that will gain from ByteDance AI spending, which implies its AI chips.'};

MATCH (a:Entity {id: 'cambricon-technologies'}), (b:Entity {id: 'cambricon-ai-chips'})
MERGE (a)-[r:MANUFACTURES {id: 'cambricon-technologies-manufactures-cambricon-ai-chips'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', reportedOn: date('2025-01-23'),
  evidence: 'Cambricon (written "Cambrian") is called a chipmaker that will gain from ByteDance AI spending, which implies its AI chips.'};

// ---------------------------------------------------------------- supply

// "The main beneficiaries of the spending will be chipmakers Huawei ... and Cambrian ...,
// as well as U.S. supplier Nvidia": purchases planned with the 2025 budget.
MATCH (a:Entity {id: 'huawei-technologies'}), (b:Entity {id: 'bytedance'})
MERGE (a)-[r:SUPPLIES {id: 'huawei-technologies-supplies-bytedance'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', reportedOn: date('2025-01-23'),
  what: 'AI chips bought with the 2025 capital spending', items: ['huawei-ai-chips'], via: 'direct', status: 'planned',
  year: 2025, mainBeneficiary: true,
  evidence: 'People familiar with the matter name Huawei as one of the main beneficiaries of ByteDance 2025 spending.'};

MATCH (a:Entity {id: 'cambricon-technologies'}), (b:Entity {id: 'bytedance'})
MERGE (a)-[r:SUPPLIES {id: 'cambricon-technologies-supplies-bytedance'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', reportedOn: date('2025-01-23'),
  what: 'AI chips bought with the 2025 capital spending', items: ['cambricon-ai-chips'], via: 'direct', status: 'planned',
  year: 2025, mainBeneficiary: true,
  evidence: 'People familiar with the matter name Cambricon (written "Cambrian Technologies Inc") as one of the main beneficiaries of ByteDance 2025 spending.'};

MATCH (a:Entity {id: 'nvidia'}), (b:Entity {id: 'bytedance'})
MERGE (a)-[r:SUPPLIES {id: 'nvidia-supplies-bytedance-capex-2025'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', reportedOn: date('2025-01-23'),
  what: 'AI chips bought with the 2025 capital spending', items: ['nvidia-ai-chips'], via: 'direct', status: 'planned',
  year: 2025, mainBeneficiary: true,
  evidence: 'People familiar with the matter name U.S. supplier Nvidia as one of the main beneficiaries of ByteDance 2025 spending.'};

// "The Information reported that Nvidia planned to spend $7 billion to purchase Nvidia
// semiconductors outside China": the buyer is ByteDance, not Nvidia (slip of the translation).
MATCH (a:Entity {id: 'nvidia'}), (b:Entity {id: 'bytedance'})
MERGE (a)-[r:SUPPLIES {id: 'nvidia-supplies-bytedance-7bn-plan'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', reportedOn: date('2025-01-23'),
  citedSource: 'doc-the-information-2024-12-bytedance-nvidia-chips', citedReportedOn: date('2024-12-01'), citedReportedOnPrecision: 'month',
  what: 'Nvidia chips bought outside China', items: ['nvidia-ai-chips'], via: 'direct', status: 'planned',
  purchaseAmount: 7000000000, purchaseUnit: 'USD', purchaseSource: 'doc-reuters-2025-01-23-bytedance-ai-capex',
  purchaseCitedSource: 'doc-the-information-2024-12-bytedance-nvidia-chips',
  evidence: 'The Information reported in December 2024 that ByteDance planned to spend $7 billion on Nvidia chips outside China.'};

// "Bitbeat is already the biggest buyer Nvidia's H20 AI chip ... According to a Reuters report in September"
MATCH (a:Entity {id: 'nvidia'}), (b:Entity {id: 'bytedance'})
MERGE (a)-[r:SUPPLIES {id: 'nvidia-supplies-bytedance-h20'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', reportedOn: date('2025-01-23'),
  citedSource: 'doc-reuters-2024-09-bytedance-h20', citedReportedOn: date('2024-09-01'), citedReportedOnPrecision: 'month',
  what: 'H20 AI chips', items: ['nvidia-h20'], via: 'direct', status: 'reported', biggestBuyer: true,
  evidence: 'ByteDance (written "Bitbeat") is already the biggest buyer of the Nvidia H20, as Reuters reported in September 2024.'};

MATCH (a:Entity {id: 'microsoft'}), (b:Entity {id: 'bytedance'})
MERGE (a)-[r:SUPPLIES {id: 'microsoft-supplies-bytedance'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', reportedOn: date('2025-01-23'),
  what: 'access to Nvidia chips through cloud computing', items: ['nvidia-ai-chips'], via: 'cloud computing', status: 'reported',
  largestCustomerIn: 'Asia',
  evidence: "Sources say ByteDance is Microsoft's largest customer in Asia for Nvidia chips, which it reaches through Microsoft's cloud."};

// Implied, not stated: Microsoft can only rent out Nvidia chips it has bought.
MATCH (a:Entity {id: 'nvidia'}), (b:Entity {id: 'microsoft'})
MERGE (a)-[r:SUPPLIES {id: 'nvidia-supplies-microsoft'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', reportedOn: date('2025-01-23'),
  what: 'Nvidia chips offered through Microsoft cloud computing', items: ['nvidia-ai-chips'], via: 'direct', status: 'implied',
  evidence: 'Implied, not stated: Microsoft offers Nvidia chips to cloud customers such as ByteDance, so Nvidia supplies Microsoft.'};

// "although Chinese companies have been banned from purchasing Nvidia chips ... since 2023, they
// have been able to obtain chips through leasing with third parties. Data center providers reach
// agreement" = leasing agreements with third-party data center providers, outside China. The
// leasing route closed with the rules of last week (2025-01-13), hence validTo.
MATCH (a:Entity {id: 'third-party-data-center-providers'}), (b:Entity {id: 'bytedance'})
MERGE (a)-[r:SUPPLIES {id: 'third-party-data-center-providers-supplies-bytedance'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', reportedOn: date('2025-01-23'),
  what: 'leased access to Nvidia chips outside China', items: ['nvidia-ai-chips'], via: 'leasing', status: 'reported',
  appliesTo: 'Chinese companies', sinceYear: 2023, validTo: date('2025-01-13'),
  evidence: 'Industry sources say Chinese companies, barred from buying advanced Nvidia chips since 2023, reached them by leasing from third-party data center providers until new rules closed that route.'};

MATCH (a:Entity {id: 'bytedance'}), (b:Entity {id: 'third-party-data-center-providers'})
MERGE (a)-[r:LEASES_FROM {id: 'bytedance-leases-from-third-party-data-center-providers'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', reportedOn: date('2025-01-23'),
  what: 'computing capacity with Nvidia chips outside China', appliesTo: 'Chinese companies', sinceYear: 2023, validTo: date('2025-01-13'),
  evidence: 'Chinese companies such as ByteDance leased Nvidia chip capacity outside China from third-party data center providers, a loophole closed last week.'};

// ---------------------------------------------------------------- competition and investment

MATCH (a:Entity {id: 'bytedance'}), (b:Entity {id: 'baidu'})
MERGE (a)-[r:COMPETES_WITH {id: 'bytedance-competes-with-baidu'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', reportedOn: date('2025-01-23'),
  market: 'AI applications in China',
  evidence: 'Baidu is named as a domestic AI rival; ByteDance now has more independent AI apps than it.'};

MATCH (a:Entity {id: 'bytedance'}), (b:Entity {id: 'tencent-holdings'})
MERGE (a)-[r:COMPETES_WITH {id: 'bytedance-competes-with-tencent-holdings'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', reportedOn: date('2025-01-23'),
  market: 'AI applications in China',
  evidence: 'Tencent Holdings is named as a domestic AI rival; ByteDance now has more independent AI apps than it.'};

MATCH (a:Entity {id: 'doubao-model'}), (b:Entity {id: 'openai'})
MERGE (a)-[r:COMPETES_WITH {id: 'doubao-model-competes-with-openai'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', reportedOn: date('2025-01-23'),
  validFrom: date('2025-01-22'),
  evidence: 'The Doubao model updated on 2025-01-22 is meant to challenge Microsoft-backed OpenAI.'};

// From a "See also" title: "Nvidia's new artificial intelligence chips for China are priced close
// to Huawei alternatives".
MATCH (a:Entity {id: 'nvidia'}), (b:Entity {id: 'huawei-technologies'})
MERGE (a)-[r:COMPETES_WITH {id: 'nvidia-competes-with-huawei-technologies'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', reportedOn: date('2025-01-23'),
  citedSource: 'doc-nvidia-china-chips-priced-near-huawei', market: 'AI chips in China',
  evidence: 'A linked article says Nvidia prices its new AI chips for China close to the Huawei alternatives.'};

// "OpenAI supported by Microsoft": no amount is given.
MATCH (a:Entity {id: 'microsoft'}), (b:Entity {id: 'openai'})
MERGE (a)-[r:INVESTS_IN {id: 'microsoft-invests-in-openai'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', reportedOn: date('2025-01-23'),
  evidence: 'OpenAI is described as backed by Microsoft.'};

// ---------------------------------------------------------------- regulators and regulations

MATCH (a:Entity {id: 'us-government'}), (b:Entity {id: 'tiktok-ban-law'})
MERGE (a)-[r:ISSUED {id: 'us-government-issued-tiktok-ban-law'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', reportedOn: date('2025-01-23'),
  evidence: 'The U.S. ban requires U.S. companies to stop hosting TikTok unless ByteDance sells its U.S. operations.'};

// "U.S. President Trump signed an executive order on Monday to postpone for 75 days a ban":
// Monday = 2025-01-20; 75 days later = 2025-04-05.
MATCH (a:Entity {id: 'donald-trump'}), (b:Entity {id: 'tiktok-ban-postponement-order'})
MERGE (a)-[r:ISSUED {id: 'donald-trump-issued-tiktok-ban-postponement-order'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', reportedOn: date('2025-01-23'),
  signedOn: date('2025-01-20'), validFrom: date('2025-01-20'), validTo: date('2025-04-05'),
  evidence: 'President Trump signed an executive order on Monday 2025-01-20 postponing the TikTok ban for 75 days.'};

MATCH (a:Entity {id: 'us-government'}), (b:Entity {id: 'us-chip-export-controls-china'})
MERGE (a)-[r:ISSUED {id: 'us-government-issued-us-chip-export-controls-china'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', reportedOn: date('2025-01-23'),
  sinceYear: 2023,
  evidence: 'The United States restricts the export of high-tech chips to China; Chinese companies have been barred from buying advanced Nvidia chips since 2023.'};

// "the loophole was closed last week. Biden administration issues new rules": last week = the
// week of 2025-01-13, when the rules were announced on Monday 2025-01-13.
MATCH (a:Entity {id: 'biden-administration'}), (b:Entity {id: 'us-ai-chip-rules-2025-01'})
MERGE (a)-[r:ISSUED {id: 'biden-administration-issued-us-ai-chip-rules-2025-01'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', reportedOn: date('2025-01-23'),
  issuedOn: date('2025-01-13'),
  evidence: 'The Biden administration issued new rules last week requiring the owners and operators of chips to be vetted.'};

MATCH (a:Entity {id: 'us-government'}), (b:Entity {id: 'us-outbound-investment-rules'})
MERGE (a)-[r:ISSUED {id: 'us-government-issued-us-outbound-investment-rules'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', reportedOn: date('2025-01-23'),
  citedSource: 'doc-us-rules-restrict-investment-chinese-chips',
  evidence: 'A linked article reports U.S. rules restricting investment in Chinese chips, quantum computing and AI.'};

MATCH (a:Entity {id: 'tiktok-ban-law'}), (b:Entity {id: 'tiktok'})
MERGE (a)-[r:RESTRICTS {id: 'tiktok-ban-law-restricts-tiktok'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', reportedOn: date('2025-01-23'),
  scope: 'U.S. companies must stop hosting TikTok unless ByteDance sells its U.S. operations',
  evidence: 'The ban requires U.S. companies to stop hosting TikTok unless ByteDance sells its U.S. operations.'};

MATCH (a:Entity {id: 'tiktok-ban-law'}), (b:Entity {id: 'bytedance'})
MERGE (a)-[r:RESTRICTS {id: 'tiktok-ban-law-restricts-bytedance'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', reportedOn: date('2025-01-23'),
  scope: 'must sell its U.S. operations or see TikTok banned in the United States',
  evidence: 'A forced sale of TikTok could derail ByteDance plans for an initial public offering.'};

MATCH (a:Entity {id: 'us-chip-export-controls-china'}), (b:Entity {id: 'china'})
MERGE (a)-[r:RESTRICTS {id: 'us-chip-export-controls-china-restricts-china'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', reportedOn: date('2025-01-23'),
  scope: 'export of high-tech chips to China', sinceYear: 2023,
  evidence: 'The United States restricts the export of high-tech chips to China.'};

MATCH (a:Entity {id: 'us-chip-export-controls-china'}), (b:Entity {id: 'nvidia-ai-chips'})
MERGE (a)-[r:RESTRICTS {id: 'us-chip-export-controls-china-restricts-nvidia-ai-chips'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', reportedOn: date('2025-01-23'),
  scope: 'Chinese companies may not buy advanced Nvidia chips', sinceYear: 2023,
  evidence: 'Chinese companies have been barred from buying advanced Nvidia chips since 2023.'};

MATCH (a:Entity {id: 'us-chip-export-controls-china'}), (b:Entity {id: 'bytedance'})
MERGE (a)-[r:RESTRICTS {id: 'us-chip-export-controls-china-restricts-bytedance'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', reportedOn: date('2025-01-23'),
  scope: 'as a Chinese company, barred from buying advanced Nvidia chips', sinceYear: 2023,
  evidence: 'ByteDance, a Chinese company, falls under the 2023 bar on Chinese companies buying advanced Nvidia chips.'};

MATCH (a:Entity {id: 'us-chip-export-controls-china'}), (b:Entity {id: 'nvidia'})
MERGE (a)-[r:RESTRICTS {id: 'us-chip-export-controls-china-restricts-nvidia'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', reportedOn: date('2025-01-23'),
  scope: 'may not sell advanced chips to Chinese companies; the H20 was made to comply', sinceYear: 2023,
  evidence: 'Nvidia tailor-made the H20 for China to deal with the export restrictions.'};

MATCH (a:Entity {id: 'us-ai-chip-rules-2025-01'}), (b:Entity {id: 'nvidia-ai-chips'})
MERGE (a)-[r:RESTRICTS {id: 'us-ai-chip-rules-2025-01-restricts-nvidia-ai-chips'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', reportedOn: date('2025-01-23'),
  validFrom: date('2025-01-13'), scope: 'the owners and operators of the chips must be vetted',
  evidence: 'New rules require the identity of chip owners and operators to be vetted.'};

MATCH (a:Entity {id: 'us-ai-chip-rules-2025-01'}), (b:Entity {id: 'third-party-data-center-providers'})
MERGE (a)-[r:RESTRICTS {id: 'us-ai-chip-rules-2025-01-restricts-third-party-data-center-providers'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', reportedOn: date('2025-01-23'),
  validFrom: date('2025-01-13'), scope: 'leasing chips to unvetted owners and operators; closes the leasing loophole',
  evidence: 'The new rules closed the loophole through which data center providers leased chips to Chinese companies.'};

MATCH (a:Entity {id: 'us-ai-chip-rules-2025-01'}), (b:Entity {id: 'bytedance'})
MERGE (a)-[r:RESTRICTS {id: 'us-ai-chip-rules-2025-01-restricts-bytedance'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', reportedOn: date('2025-01-23'),
  validFrom: date('2025-01-13'), scope: 'sourcing chips overseas',
  evidence: 'If strictly enforced, the rules will make it harder than ever for ByteDance to source chips overseas.'};

MATCH (a:Entity {id: 'us-ai-chip-rules-2025-01'}), (b:Entity {id: 'china'})
MERGE (a)-[r:RESTRICTS {id: 'us-ai-chip-rules-2025-01-restricts-china'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', reportedOn: date('2025-01-23'),
  validFrom: date('2025-01-13'), scope: 'Chinese companies reaching chips abroad through leasing',
  evidence: 'The rules close the leasing route Chinese companies used to reach Nvidia chips outside China.'};

MATCH (a:Entity {id: 'us-outbound-investment-rules'}), (b:Entity {id: 'china'})
MERGE (a)-[r:RESTRICTS {id: 'us-outbound-investment-rules-restricts-china'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', reportedOn: date('2025-01-23'),
  citedSource: 'doc-us-rules-restrict-investment-chinese-chips',
  scope: 'U.S. investment in Chinese chips, quantum computing and artificial intelligence',
  evidence: 'A linked article reports U.S. rules restricting investment in Chinese chips, quantum computing and AI.'};

MATCH (a:Entity {id: 'us-government'}), (b:Entity {id: 'tiktok'})
MERGE (a)-[r:REGULATES {id: 'us-government-regulates-tiktok'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', reportedOn: date('2025-01-23'),
  evidence: "The U.S. ban puts TikTok's future in the United States in doubt unless ByteDance sells its U.S. operations."};

MATCH (a:Entity {id: 'donald-trump'}), (b:Entity {id: 'tiktok'})
MERGE (a)-[r:REGULATES {id: 'donald-trump-regulates-tiktok'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', reportedOn: date('2025-01-23'),
  validFrom: date('2025-01-20'), validTo: date('2025-04-05'),
  evidence: 'President Trump postponed the TikTok ban for 75 days from 2025-01-20 and is keen on a deal over TikTok.'};

MATCH (a:Entity {id: 'us-government'}), (b:Entity {id: 'nvidia'})
MERGE (a)-[r:REGULATES {id: 'us-government-regulates-nvidia'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', reportedOn: date('2025-01-23'),
  evidence: 'The U.S. controls the export of Nvidia chips to China and is tightening their use abroad.'};

// "the South China Morning Post reported on January 21": 2025-01-21.
MATCH (a:Entity {id: 'chinese-government'}), (b:Entity {id: 'tiktok'})
MERGE (a)-[r:REGULATES {id: 'chinese-government-regulates-tiktok'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', reportedOn: date('2025-01-23'),
  citedSource: 'doc-scmp-2025-01-21-china-softens-tiktok-stance', citedReportedOn: date('2025-01-21'),
  stance: 'softening',
  evidence: "Chinese authorities appear to be softening their stance on TikTok's fate, which could let ByteDance talk with U.S. investors."};

// ---------------------------------------------------------------- places

MATCH (a:Entity {id: 'bytedance'}), (b:Entity {id: 'beijing'})
MERGE (a)-[r:LOCATED_IN {id: 'bytedance-located-in-beijing'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', reportedOn: date('2025-01-23'),
  evidence: 'ByteDance is described as Beijing-based.'};

MATCH (a:Entity {id: 'beijing'}), (b:Entity {id: 'china'})
MERGE (a)-[r:LOCATED_IN {id: 'beijing-located-in-china'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', reportedOn: date('2025-01-23'),
  evidence: 'Beijing, the seat of the Chinese government, is a city in China.'};

MATCH (a:Entity {id: 'nvidia'}), (b:Entity {id: 'united-states'})
MERGE (a)-[r:LOCATED_IN {id: 'nvidia-located-in-united-states'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', reportedOn: date('2025-01-23'),
  evidence: 'Nvidia is called a U.S. supplier and the U.S. chipmaker.'};

MATCH (a:Entity {id: 'microsoft'}), (b:Entity {id: 'united-states'})
MERGE (a)-[r:LOCATED_IN {id: 'microsoft-located-in-united-states'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', reportedOn: date('2025-01-23'),
  evidence: 'Microsoft is one of the U.S. tech giants the article compares ByteDance with.'};

MATCH (a:Entity {id: 'alphabet'}), (b:Entity {id: 'united-states'})
MERGE (a)-[r:LOCATED_IN {id: 'alphabet-located-in-united-states'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', reportedOn: date('2025-01-23'),
  evidence: 'Alphabet is one of the U.S. tech giants the article compares ByteDance with.'};

MATCH (a:Entity {id: 'bytedance-southeast-asia-computing'}), (b:Entity {id: 'southeast-asia'})
MERGE (a)-[r:LOCATED_IN {id: 'bytedance-southeast-asia-computing-located-in-southeast-asia'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', reportedOn: date('2025-01-23'),
  evidence: 'ByteDance has built computing capacity in Southeast Asia.'};

MATCH (a:Entity {id: 'bytedance-southeast-asia-computing'}), (b:Entity {id: 'malaysia'})
MERGE (a)-[r:LOCATED_IN {id: 'bytedance-southeast-asia-computing-located-in-malaysia'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', reportedOn: date('2025-01-23'),
  evidence: 'The capacity ByteDance built in Southeast Asia is above all in Malaysia.'};

MATCH (a:Entity {id: 'malaysia'}), (b:Entity {id: 'southeast-asia'})
MERGE (a)-[r:PART_OF {id: 'malaysia-part-of-southeast-asia'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', reportedOn: date('2025-01-23'),
  evidence: 'Malaysia is named as the main place in Southeast Asia where ByteDance built capacity.'};

MATCH (a:Entity {id: 'southeast-asia'}), (b:Entity {id: 'asia'})
MERGE (a)-[r:PART_OF {id: 'southeast-asia-part-of-asia'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', reportedOn: date('2025-01-23'),
  evidence: 'Southeast Asia is a region of Asia.'};

MATCH (a:Entity {id: 'china'}), (b:Entity {id: 'asia'})
MERGE (a)-[r:PART_OF {id: 'china-part-of-asia'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', reportedOn: date('2025-01-23'),
  evidence: "The article counts ByteDance, a Chinese company, among Microsoft's customers in Asia."};

MATCH (a:Entity {id: 'bytedance'}), (b:Entity {id: 'china'})
MERGE (a)-[r:OPERATES_IN {id: 'bytedance-operates-in-china'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', reportedOn: date('2025-01-23'),
  evidence: 'ByteDance is a Chinese tech giant whose AI apps in China include Doubao.'};

MATCH (a:Entity {id: 'bytedance'}), (b:Entity {id: 'united-states'})
MERGE (a)-[r:OPERATES_IN {id: 'bytedance-operates-in-united-states'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', reportedOn: date('2025-01-23'),
  evidence: 'ByteDance has U.S. operations, which the TikTok ban requires it to sell.'};

MATCH (a:Entity {id: 'bytedance'}), (b:Entity {id: 'southeast-asia'})
MERGE (a)-[r:OPERATES_IN {id: 'bytedance-operates-in-southeast-asia'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', reportedOn: date('2025-01-23'),
  evidence: 'ByteDance has built computing capacity in Southeast Asia.'};

MATCH (a:Entity {id: 'bytedance'}), (b:Entity {id: 'malaysia'})
MERGE (a)-[r:OPERATES_IN {id: 'bytedance-operates-in-malaysia'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', reportedOn: date('2025-01-23'),
  evidence: 'ByteDance has built computing capacity particularly in Malaysia.'};

MATCH (a:Entity {id: 'baidu'}), (b:Entity {id: 'china'})
MERGE (a)-[r:OPERATES_IN {id: 'baidu-operates-in-china'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', reportedOn: date('2025-01-23'),
  evidence: 'Baidu is a rival of ByteDance in domestic (Chinese) AI.'};

MATCH (a:Entity {id: 'tencent-holdings'}), (b:Entity {id: 'china'})
MERGE (a)-[r:OPERATES_IN {id: 'tencent-holdings-operates-in-china'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', reportedOn: date('2025-01-23'),
  evidence: 'Tencent Holdings is a rival of ByteDance in domestic (Chinese) AI.'};

MATCH (a:Entity {id: 'microsoft'}), (b:Entity {id: 'asia'})
MERGE (a)-[r:OPERATES_IN {id: 'microsoft-operates-in-asia'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', reportedOn: date('2025-01-23'),
  evidence: 'Microsoft has cloud customers for Nvidia chips in Asia, ByteDance being the largest.'};
