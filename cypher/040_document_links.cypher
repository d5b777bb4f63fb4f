// Who published each document, who worked on the article, and what each document mentions.
// Publisher edges come from the article (its byline, its citations, the "– New York Post" line).

MATCH (a:Entity {id: 'reuters'}), (b:Entity {id: 'doc-reuters-2025-01-23-bytedance-ai-capex'})
MERGE (a)-[r:PUBLISHED {id: 'reuters-published-doc-reuters-2025-01-23-bytedance-ai-capex'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'implied', basisNote: 'The article closes with a credit to Reuters and says sources spoke to Reuters; its date follows from the requests for comment on Thursday, January 23.', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day', publishedOn: date('2025-01-23'), publishedOnPrecision: 'day',
  evidence: 'The article is credited to Reuters; its date, Thursday 2025-01-23, follows from its requests for comment that day and its note of the same day.'};

MATCH (a:Entity {id: 'reuters'}), (b:Entity {id: 'doc-reuters-2024-09-bytedance-h20'})
MERGE (a)-[r:PUBLISHED {id: 'reuters-published-doc-reuters-2024-09-bytedance-h20'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  evidence: 'The article cites a Reuters report from September 2024.'};

MATCH (a:Entity {id: 'financial-times'}), (b:Entity {id: 'doc-ft-2025-01-21-bytedance-ai-infrastructure'})
MERGE (a)-[r:PUBLISHED {id: 'financial-times-published-doc-ft-2025-01-21-bytedance-ai-infrastructure'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day', publishedOn: date('2025-01-21'), publishedOnPrecision: 'day',
  evidence: 'The article cites a Financial Times report of Tuesday 2025-01-21.'};

MATCH (a:Entity {id: 'the-information'}), (b:Entity {id: 'doc-the-information-2024-12-bytedance-nvidia-chips'})
MERGE (a)-[r:PUBLISHED {id: 'the-information-published-doc-the-information-2024-12-bytedance-nvidia-chips'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  evidence: 'The article cites a report by The Information from December 2024.'};

MATCH (a:Entity {id: 'south-china-morning-post'}), (b:Entity {id: 'doc-scmp-2025-01-21-china-softens-tiktok-stance'})
MERGE (a)-[r:PUBLISHED {id: 'south-china-morning-post-published-doc-scmp-2025-01-21-china-softens-tiktok-stance'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day', publishedOn: date('2025-01-21'), publishedOnPrecision: 'day',
  evidence: 'The article cites a South China Morning Post report of 2025-01-21.'};

MATCH (a:Entity {id: 'questmobile'}), (b:Entity {id: 'doc-questmobile-doubao-mau'})
MERGE (a)-[r:PUBLISHED {id: 'questmobile-published-doc-questmobile-doubao-mau'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'implied', basisNote: 'The article gives the Doubao figure as according to QuestMobile; the figures are QuestMobile\'s.', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  evidence: 'The article gives QuestMobile as the source of the Doubao user figure.'};

MATCH (a:Entity {id: 'new-york-post'}), (b:Entity {id: 'doc-nypost-trump-never-ban-tiktok'})
MERGE (a)-[r:PUBLISHED {id: 'new-york-post-published-doc-nypost-trump-never-ban-tiktok'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'implied', basisNote: 'The See also line for this title ends with New York Post, which we read as its publisher.', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  evidence: 'The "See also" line for this title ends with "New York Post".'};

// "- Reuters With additional input and editing by Jim Pollard"
MATCH (a:Entity {id: 'jim-pollard'}), (b:Entity {id: 'doc-reuters-2025-01-23-bytedance-ai-capex'})
MERGE (a)-[r:CONTRIBUTED_TO {id: 'jim-pollard-contributed-to-doc-reuters-2025-01-23-bytedance-ai-capex'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  role: 'additional input and editing',
  evidence: 'The article credits Jim Pollard with additional input and editing.'};

// ---------------------------------------------------------------- what the article mentions

MATCH (a:Entity {id: 'doc-reuters-2025-01-23-bytedance-ai-capex'}), (b:Entity {id: 'bytedance'})
MERGE (a)-[r:MENTIONS {id: 'doc-reuters-2025-01-23-bytedance-ai-capex-mentions-bytedance'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  commentResponse: 'did not respond to a request for comment', commentRequestedOn: date('2025-01-23'), commentRequestedOnPrecision: 'day',
  evidence: 'The article names ByteDance as the company planning more than 150 billion yuan of 2025 capital spending; ByteDance did not answer its request for comment on Thursday 2025-01-23.'};

MATCH (a:Entity {id: 'doc-reuters-2025-01-23-bytedance-ai-capex'}), (b:Entity {id: 'tiktok'})
MERGE (a)-[r:MENTIONS {id: 'doc-reuters-2025-01-23-bytedance-ai-capex-mentions-tiktok'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  evidence: 'The article discusses the future of TikTok in the United States.'};

MATCH (a:Entity {id: 'doc-reuters-2025-01-23-bytedance-ai-capex'}), (b:Entity {id: 'huawei-technologies'})
MERGE (a)-[r:MENTIONS {id: 'doc-reuters-2025-01-23-bytedance-ai-capex-mentions-huawei-technologies'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  commentResponse: 'did not respond to a request for comment', commentRequestedOn: date('2025-01-23'), commentRequestedOnPrecision: 'day',
  evidence: 'The article names Huawei as a main beneficiary of the spending; Huawei did not answer its request for comment on Thursday 2025-01-23.'};

MATCH (a:Entity {id: 'doc-reuters-2025-01-23-bytedance-ai-capex'}), (b:Entity {id: 'huawei-ai-chips'})
MERGE (a)-[r:MENTIONS {id: 'doc-reuters-2025-01-23-bytedance-ai-capex-mentions-huawei-ai-chips'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'implied', basisNote: 'The article names no Huawei chip; it calls Huawei a chipmaker that gains from the spending.', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  evidence: 'The article implies Huawei AI chips as what the spending will buy.'};

MATCH (a:Entity {id: 'doc-reuters-2025-01-23-bytedance-ai-capex'}), (b:Entity {id: 'cambricon-technologies'})
MERGE (a)-[r:MENTIONS {id: 'doc-reuters-2025-01-23-bytedance-ai-capex-mentions-cambricon-technologies'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  commentResponse: 'did not respond to a request for comment', commentRequestedOn: date('2025-01-23'), commentRequestedOnPrecision: 'day',
  evidence: 'The article names Cambricon, written "Cambrian Technologies Inc", as a main beneficiary of the spending; it did not answer the request for comment on Thursday 2025-01-23.'};

MATCH (a:Entity {id: 'doc-reuters-2025-01-23-bytedance-ai-capex'}), (b:Entity {id: 'cambricon-ai-chips'})
MERGE (a)-[r:MENTIONS {id: 'doc-reuters-2025-01-23-bytedance-ai-capex-mentions-cambricon-ai-chips'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'implied', basisNote: 'The article names no Cambricon chip; it calls Cambricon a chipmaker that gains from the spending.', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  evidence: 'The article implies Cambricon AI chips as what the spending will buy.'};

MATCH (a:Entity {id: 'doc-reuters-2025-01-23-bytedance-ai-capex'}), (b:Entity {id: 'nvidia'})
MERGE (a)-[r:MENTIONS {id: 'doc-reuters-2025-01-23-bytedance-ai-capex-mentions-nvidia'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  commentResponse: 'declined to comment',
  evidence: 'The article names Nvidia as a U.S. supplier and beneficiary of the spending; Nvidia declined to comment.'};

MATCH (a:Entity {id: 'doc-reuters-2025-01-23-bytedance-ai-capex'}), (b:Entity {id: 'nvidia-h20'})
MERGE (a)-[r:MENTIONS {id: 'doc-reuters-2025-01-23-bytedance-ai-capex-mentions-nvidia-h20'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  evidence: 'The article says ByteDance is the biggest buyer of the Nvidia H20.'};

MATCH (a:Entity {id: 'doc-reuters-2025-01-23-bytedance-ai-capex'}), (b:Entity {id: 'nvidia-ai-chips'})
MERGE (a)-[r:MENTIONS {id: 'doc-reuters-2025-01-23-bytedance-ai-capex-mentions-nvidia-ai-chips'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  evidence: 'The article discusses ByteDance access to Nvidia chips.'};

MATCH (a:Entity {id: 'doc-reuters-2025-01-23-bytedance-ai-capex'}), (b:Entity {id: 'baidu'})
MERGE (a)-[r:MENTIONS {id: 'doc-reuters-2025-01-23-bytedance-ai-capex-mentions-baidu'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  evidence: 'The article names Baidu as a domestic AI rival.'};

MATCH (a:Entity {id: 'doc-reuters-2025-01-23-bytedance-ai-capex'}), (b:Entity {id: 'tencent-holdings'})
MERGE (a)-[r:MENTIONS {id: 'doc-reuters-2025-01-23-bytedance-ai-capex-mentions-tencent-holdings'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  evidence: 'The article names Tencent Holdings as a domestic AI rival.'};

MATCH (a:Entity {id: 'doc-reuters-2025-01-23-bytedance-ai-capex'}), (b:Entity {id: 'doubao'})
MERGE (a)-[r:MENTIONS {id: 'doc-reuters-2025-01-23-bytedance-ai-capex-mentions-doubao'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  evidence: 'The article names Doubao as the top chatbot with 75 million monthly users.'};

MATCH (a:Entity {id: 'doc-reuters-2025-01-23-bytedance-ai-capex'}), (b:Entity {id: 'doubao-model'})
MERGE (a)-[r:MENTIONS {id: 'doc-reuters-2025-01-23-bytedance-ai-capex-mentions-doubao-model'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  evidence: 'The article reports the update of the flagship Doubao AI model on 2025-01-22.'};

MATCH (a:Entity {id: 'doc-reuters-2025-01-23-bytedance-ai-capex'}), (b:Entity {id: 'cici'})
MERGE (a)-[r:MENTIONS {id: 'doc-reuters-2025-01-23-bytedance-ai-capex-mentions-cici'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  evidence: 'The article names Cici as the international version of Doubao.'};

MATCH (a:Entity {id: 'doc-reuters-2025-01-23-bytedance-ai-capex'}), (b:Entity {id: 'jimeng'})
MERGE (a)-[r:MENTIONS {id: 'doc-reuters-2025-01-23-bytedance-ai-capex-mentions-jimeng'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  evidence: 'The article names the text-to-video generator Jimeng, also written "Ji Meng".'};

MATCH (a:Entity {id: 'doc-reuters-2025-01-23-bytedance-ai-capex'}), (b:Entity {id: 'dreamina'})
MERGE (a)-[r:MENTIONS {id: 'doc-reuters-2025-01-23-bytedance-ai-capex-mentions-dreamina'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  evidence: 'The article names Dreamina as the international version of Jimeng.'};

MATCH (a:Entity {id: 'doc-reuters-2025-01-23-bytedance-ai-capex'}), (b:Entity {id: 'xinghui'})
MERGE (a)-[r:MENTIONS {id: 'doc-reuters-2025-01-23-bytedance-ai-capex-mentions-xinghui'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  evidence: 'The article names the image generator Xinghui.'};

MATCH (a:Entity {id: 'doc-reuters-2025-01-23-bytedance-ai-capex'}), (b:Entity {id: 'kouzi'})
MERGE (a)-[r:MENTIONS {id: 'doc-reuters-2025-01-23-bytedance-ai-capex-mentions-kouzi'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  evidence: 'The article names the chatbot development platform Kouzi.'};

MATCH (a:Entity {id: 'doc-reuters-2025-01-23-bytedance-ai-capex'}), (b:Entity {id: 'maoxiang'})
MERGE (a)-[r:MENTIONS {id: 'doc-reuters-2025-01-23-bytedance-ai-capex-mentions-maoxiang'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  evidence: 'The article names the role-playing app Maoxiang.'};

MATCH (a:Entity {id: 'doc-reuters-2025-01-23-bytedance-ai-capex'}), (b:Entity {id: 'microsoft'})
MERGE (a)-[r:MENTIONS {id: 'doc-reuters-2025-01-23-bytedance-ai-capex-mentions-microsoft'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  evidence: 'The article names Microsoft as a cloud supplier of Nvidia chips and backer of OpenAI.'};

MATCH (a:Entity {id: 'doc-reuters-2025-01-23-bytedance-ai-capex'}), (b:Entity {id: 'openai'})
MERGE (a)-[r:MENTIONS {id: 'doc-reuters-2025-01-23-bytedance-ai-capex-mentions-openai'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  evidence: 'The article names OpenAI as the rival the Doubao model is meant to challenge.'};

MATCH (a:Entity {id: 'doc-reuters-2025-01-23-bytedance-ai-capex'}), (b:Entity {id: 'alphabet'})
MERGE (a)-[r:MENTIONS {id: 'doc-reuters-2025-01-23-bytedance-ai-capex-mentions-alphabet'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  evidence: 'The article compares ByteDance spending with Alphabet 2024 plan.'};

MATCH (a:Entity {id: 'doc-reuters-2025-01-23-bytedance-ai-capex'}), (b:Entity {id: 'google'})
MERGE (a)-[r:MENTIONS {id: 'doc-reuters-2025-01-23-bytedance-ai-capex-mentions-google'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  evidence: 'The article names Google as owned by Alphabet.'};

MATCH (a:Entity {id: 'doc-reuters-2025-01-23-bytedance-ai-capex'}), (b:Entity {id: 'third-party-data-center-providers'})
MERGE (a)-[r:MENTIONS {id: 'doc-reuters-2025-01-23-bytedance-ai-capex-mentions-third-party-data-center-providers'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  evidence: 'The article mentions third-party data center providers leasing chips to Chinese companies.'};

MATCH (a:Entity {id: 'doc-reuters-2025-01-23-bytedance-ai-capex'}), (b:Entity {id: 'bytedance-southeast-asia-computing'})
MERGE (a)-[r:MENTIONS {id: 'doc-reuters-2025-01-23-bytedance-ai-capex-mentions-bytedance-southeast-asia-computing'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  evidence: 'The article mentions ByteDance computing capacity in Southeast Asia, particularly Malaysia.'};

MATCH (a:Entity {id: 'doc-reuters-2025-01-23-bytedance-ai-capex'}), (b:Entity {id: 'us-government'})
MERGE (a)-[r:MENTIONS {id: 'doc-reuters-2025-01-23-bytedance-ai-capex-mentions-us-government'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  evidence: 'The article discusses U.S. export restrictions and the TikTok ban.'};

MATCH (a:Entity {id: 'doc-reuters-2025-01-23-bytedance-ai-capex'}), (b:Entity {id: 'donald-trump'})
MERGE (a)-[r:MENTIONS {id: 'doc-reuters-2025-01-23-bytedance-ai-capex-mentions-donald-trump'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  evidence: 'The article reports President Trump signing the order postponing the TikTok ban.'};

MATCH (a:Entity {id: 'doc-reuters-2025-01-23-bytedance-ai-capex'}), (b:Entity {id: 'biden-administration'})
MERGE (a)-[r:MENTIONS {id: 'doc-reuters-2025-01-23-bytedance-ai-capex-mentions-biden-administration'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  evidence: 'The article reports the Biden administration issuing new chip rules.'};

MATCH (a:Entity {id: 'doc-reuters-2025-01-23-bytedance-ai-capex'}), (b:Entity {id: 'chinese-government'})
MERGE (a)-[r:MENTIONS {id: 'doc-reuters-2025-01-23-bytedance-ai-capex-mentions-chinese-government'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  evidence: 'The article reports that Chinese authorities appear to be softening their stance on TikTok.'};

MATCH (a:Entity {id: 'doc-reuters-2025-01-23-bytedance-ai-capex'}), (b:Entity {id: 'tiktok-ban-law'})
MERGE (a)-[r:MENTIONS {id: 'doc-reuters-2025-01-23-bytedance-ai-capex-mentions-tiktok-ban-law'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  evidence: 'The article describes the U.S. ban requiring a TikTok sale.'};

MATCH (a:Entity {id: 'doc-reuters-2025-01-23-bytedance-ai-capex'}), (b:Entity {id: 'tiktok-ban-postponement-order'})
MERGE (a)-[r:MENTIONS {id: 'doc-reuters-2025-01-23-bytedance-ai-capex-mentions-tiktok-ban-postponement-order'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  evidence: 'The article reports the executive order of 2025-01-20 postponing the ban for 75 days.'};

MATCH (a:Entity {id: 'doc-reuters-2025-01-23-bytedance-ai-capex'}), (b:Entity {id: 'us-chip-export-controls-china'})
MERGE (a)-[r:MENTIONS {id: 'doc-reuters-2025-01-23-bytedance-ai-capex-mentions-us-chip-export-controls-china'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  evidence: 'The article mentions U.S. restrictions on high-tech chip exports to China.'};

MATCH (a:Entity {id: 'doc-reuters-2025-01-23-bytedance-ai-capex'}), (b:Entity {id: 'us-ai-chip-rules-2025-01'})
MERGE (a)-[r:MENTIONS {id: 'doc-reuters-2025-01-23-bytedance-ai-capex-mentions-us-ai-chip-rules-2025-01'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  evidence: 'The article mentions the new rules of last week requiring chip owners and operators to be vetted.'};

MATCH (a:Entity {id: 'doc-reuters-2025-01-23-bytedance-ai-capex'}), (b:Entity {id: 'china'})
MERGE (a)-[r:MENTIONS {id: 'doc-reuters-2025-01-23-bytedance-ai-capex-mentions-china'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  evidence: 'The article mentions China as ByteDance home market.'};

MATCH (a:Entity {id: 'doc-reuters-2025-01-23-bytedance-ai-capex'}), (b:Entity {id: 'united-states'})
MERGE (a)-[r:MENTIONS {id: 'doc-reuters-2025-01-23-bytedance-ai-capex-mentions-united-states'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  evidence: 'The article mentions the United States as the market where TikTok faces a ban.'};

MATCH (a:Entity {id: 'doc-reuters-2025-01-23-bytedance-ai-capex'}), (b:Entity {id: 'asia'})
MERGE (a)-[r:MENTIONS {id: 'doc-reuters-2025-01-23-bytedance-ai-capex-mentions-asia'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  evidence: 'The article mentions Asia as the region where ByteDance is Microsoft largest Nvidia chip customer.'};

MATCH (a:Entity {id: 'doc-reuters-2025-01-23-bytedance-ai-capex'}), (b:Entity {id: 'southeast-asia'})
MERGE (a)-[r:MENTIONS {id: 'doc-reuters-2025-01-23-bytedance-ai-capex-mentions-southeast-asia'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  evidence: 'The article mentions Southeast Asia as where ByteDance built computing capacity.'};

MATCH (a:Entity {id: 'doc-reuters-2025-01-23-bytedance-ai-capex'}), (b:Entity {id: 'malaysia'})
MERGE (a)-[r:MENTIONS {id: 'doc-reuters-2025-01-23-bytedance-ai-capex-mentions-malaysia'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  evidence: 'The article mentions Malaysia as the main site of ByteDance capacity in Southeast Asia.'};

MATCH (a:Entity {id: 'doc-reuters-2025-01-23-bytedance-ai-capex'}), (b:Entity {id: 'beijing'})
MERGE (a)-[r:MENTIONS {id: 'doc-reuters-2025-01-23-bytedance-ai-capex-mentions-beijing'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  evidence: 'The article describes ByteDance as Beijing-based.'};

MATCH (a:Entity {id: 'doc-reuters-2025-01-23-bytedance-ai-capex'}), (b:Entity {id: 'reuters'})
MERGE (a)-[r:MENTIONS {id: 'doc-reuters-2025-01-23-bytedance-ai-capex-mentions-reuters'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  evidence: 'The article is a Reuters report and cites an earlier Reuters report.'};

MATCH (a:Entity {id: 'doc-reuters-2025-01-23-bytedance-ai-capex'}), (b:Entity {id: 'financial-times'})
MERGE (a)-[r:MENTIONS {id: 'doc-reuters-2025-01-23-bytedance-ai-capex-mentions-financial-times'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  evidence: 'The article cites a Financial Times report.'};

MATCH (a:Entity {id: 'doc-reuters-2025-01-23-bytedance-ai-capex'}), (b:Entity {id: 'the-information'})
MERGE (a)-[r:MENTIONS {id: 'doc-reuters-2025-01-23-bytedance-ai-capex-mentions-the-information'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  evidence: 'The article cites a report by The Information.'};

MATCH (a:Entity {id: 'doc-reuters-2025-01-23-bytedance-ai-capex'}), (b:Entity {id: 'south-china-morning-post'})
MERGE (a)-[r:MENTIONS {id: 'doc-reuters-2025-01-23-bytedance-ai-capex-mentions-south-china-morning-post'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  evidence: 'The article cites a South China Morning Post report.'};

MATCH (a:Entity {id: 'doc-reuters-2025-01-23-bytedance-ai-capex'}), (b:Entity {id: 'questmobile'})
MERGE (a)-[r:MENTIONS {id: 'doc-reuters-2025-01-23-bytedance-ai-capex-mentions-questmobile'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  evidence: 'The article cites QuestMobile for the Doubao user figure.'};

MATCH (a:Entity {id: 'doc-reuters-2025-01-23-bytedance-ai-capex'}), (b:Entity {id: 'new-york-post'})
MERGE (a)-[r:MENTIONS {id: 'doc-reuters-2025-01-23-bytedance-ai-capex-mentions-new-york-post'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  evidence: 'The article lists a New York Post article under "See also".'};

MATCH (a:Entity {id: 'doc-reuters-2025-01-23-bytedance-ai-capex'}), (b:Entity {id: 'jim-pollard'})
MERGE (a)-[r:MENTIONS {id: 'doc-reuters-2025-01-23-bytedance-ai-capex-mentions-jim-pollard'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  evidence: 'The article credits Jim Pollard with additional input and editing.'};

MATCH (a:Entity {id: 'doc-reuters-2025-01-23-bytedance-ai-capex'}), (b:Entity {id: 'doc-ft-2025-01-21-bytedance-ai-infrastructure'})
MERGE (a)-[r:MENTIONS {id: 'doc-reuters-2025-01-23-bytedance-ai-capex-mentions-doc-ft-2025-01-21-bytedance-ai-infrastructure'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  evidence: 'The article cites the Financial Times report of 2025-01-21.'};

MATCH (a:Entity {id: 'doc-reuters-2025-01-23-bytedance-ai-capex'}), (b:Entity {id: 'doc-the-information-2024-12-bytedance-nvidia-chips'})
MERGE (a)-[r:MENTIONS {id: 'doc-reuters-2025-01-23-bytedance-ai-capex-mentions-doc-the-information-2024-12-bytedance-nvidia-chips'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  evidence: 'The article cites the report by The Information of December 2024.'};

MATCH (a:Entity {id: 'doc-reuters-2025-01-23-bytedance-ai-capex'}), (b:Entity {id: 'doc-reuters-2024-09-bytedance-h20'})
MERGE (a)-[r:MENTIONS {id: 'doc-reuters-2025-01-23-bytedance-ai-capex-mentions-doc-reuters-2024-09-bytedance-h20'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  evidence: 'The article cites the Reuters report of September 2024.'};

MATCH (a:Entity {id: 'doc-reuters-2025-01-23-bytedance-ai-capex'}), (b:Entity {id: 'doc-scmp-2025-01-21-china-softens-tiktok-stance'})
MERGE (a)-[r:MENTIONS {id: 'doc-reuters-2025-01-23-bytedance-ai-capex-mentions-doc-scmp-2025-01-21-china-softens-tiktok-stance'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  evidence: 'The article cites the South China Morning Post report of 2025-01-21.'};

MATCH (a:Entity {id: 'doc-reuters-2025-01-23-bytedance-ai-capex'}), (b:Entity {id: 'doc-questmobile-doubao-mau'})
MERGE (a)-[r:MENTIONS {id: 'doc-reuters-2025-01-23-bytedance-ai-capex-mentions-doc-questmobile-doubao-mau'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day',
  evidence: 'The article cites QuestMobile figures.'};

MATCH (a:Entity {id: 'doc-reuters-2025-01-23-bytedance-ai-capex'}), (b:Entity {id: 'doc-trump-credited-closing-trade-loopholes-china'})
MERGE (a)-[r:MENTIONS {id: 'doc-reuters-2025-01-23-bytedance-ai-capex-mentions-doc-trump-credited-closing-trade-loopholes-china'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day', listedAs: 'see also',
  evidence: 'The article lists this title under "See also".'};

MATCH (a:Entity {id: 'doc-reuters-2025-01-23-bytedance-ai-capex'}), (b:Entity {id: 'doc-biden-restricts-access-ai-chips'})
MERGE (a)-[r:MENTIONS {id: 'doc-reuters-2025-01-23-bytedance-ai-capex-mentions-doc-biden-restricts-access-ai-chips'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day', listedAs: 'see also',
  evidence: 'The article lists this title under "See also".'};

MATCH (a:Entity {id: 'doc-reuters-2025-01-23-bytedance-ai-capex'}), (b:Entity {id: 'doc-us-rules-restrict-investment-chinese-chips'})
MERGE (a)-[r:MENTIONS {id: 'doc-reuters-2025-01-23-bytedance-ai-capex-mentions-doc-us-rules-restrict-investment-chinese-chips'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day', listedAs: 'see also',
  evidence: 'The article lists this title under "See also".'};

MATCH (a:Entity {id: 'doc-reuters-2025-01-23-bytedance-ai-capex'}), (b:Entity {id: 'doc-china-says-us-investment-ban-detrimental'})
MERGE (a)-[r:MENTIONS {id: 'doc-reuters-2025-01-23-bytedance-ai-capex-mentions-doc-china-says-us-investment-ban-detrimental'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day', listedAs: 'see also',
  evidence: 'The article lists this title under "See also".'};

MATCH (a:Entity {id: 'doc-reuters-2025-01-23-bytedance-ai-capex'}), (b:Entity {id: 'doc-bytedance-prefers-shut-down-tiktok'})
MERGE (a)-[r:MENTIONS {id: 'doc-reuters-2025-01-23-bytedance-ai-capex-mentions-doc-bytedance-prefers-shut-down-tiktok'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day', listedAs: 'see also',
  evidence: 'The article lists this title under "See also".'};

MATCH (a:Entity {id: 'doc-reuters-2025-01-23-bytedance-ai-capex'}), (b:Entity {id: 'doc-us-says-tiktok-sale-security-not-speech'})
MERGE (a)-[r:MENTIONS {id: 'doc-reuters-2025-01-23-bytedance-ai-capex-mentions-doc-us-says-tiktok-sale-security-not-speech'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day', listedAs: 'see also',
  evidence: 'The article lists this title under "See also".'};

MATCH (a:Entity {id: 'doc-reuters-2025-01-23-bytedance-ai-capex'}), (b:Entity {id: 'doc-china-wont-allow-tiktok-spinoff'})
MERGE (a)-[r:MENTIONS {id: 'doc-reuters-2025-01-23-bytedance-ai-capex-mentions-doc-china-wont-allow-tiktok-spinoff'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day', listedAs: 'see also',
  evidence: 'The article lists this title under "See also".'};

MATCH (a:Entity {id: 'doc-reuters-2025-01-23-bytedance-ai-capex'}), (b:Entity {id: 'doc-nypost-trump-never-ban-tiktok'})
MERGE (a)-[r:MENTIONS {id: 'doc-reuters-2025-01-23-bytedance-ai-capex-mentions-doc-nypost-trump-never-ban-tiktok'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day', listedAs: 'see also',
  evidence: 'The article lists this title under "See also".'};

MATCH (a:Entity {id: 'doc-reuters-2025-01-23-bytedance-ai-capex'}), (b:Entity {id: 'doc-tiktok-us-legal-crackdown-children'})
MERGE (a)-[r:MENTIONS {id: 'doc-reuters-2025-01-23-bytedance-ai-capex-mentions-doc-tiktok-us-legal-crackdown-children'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day', listedAs: 'see also',
  evidence: 'The article lists this title under "See also".'};

MATCH (a:Entity {id: 'doc-reuters-2025-01-23-bytedance-ai-capex'}), (b:Entity {id: 'doc-gen-z-wish-tiktok-never-invented'})
MERGE (a)-[r:MENTIONS {id: 'doc-reuters-2025-01-23-bytedance-ai-capex-mentions-doc-gen-z-wish-tiktok-never-invented'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day', listedAs: 'see also',
  evidence: 'The article lists this title under "See also".'};

MATCH (a:Entity {id: 'doc-reuters-2025-01-23-bytedance-ai-capex'}), (b:Entity {id: 'doc-nvidia-china-chips-priced-near-huawei'})
MERGE (a)-[r:MENTIONS {id: 'doc-reuters-2025-01-23-bytedance-ai-capex-mentions-doc-nvidia-china-chips-priced-near-huawei'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day', listedAs: 'see also',
  evidence: 'The article lists this title under "See also".'};

// ---------------------------------------------------------------- what the cited reports mention
// Known only through the article, so source is the article and citedSource the report.

MATCH (a:Entity {id: 'doc-ft-2025-01-21-bytedance-ai-infrastructure'}), (b:Entity {id: 'bytedance'})
MERGE (a)-[r:MENTIONS {id: 'doc-ft-2025-01-21-bytedance-ai-infrastructure-mentions-bytedance'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day', citedSource: 'doc-ft-2025-01-21-bytedance-ai-infrastructure',
  evidence: 'As the article tells it, the report reports ByteDance plans to invest $12 billion in AI infrastructure.'};

MATCH (a:Entity {id: 'doc-the-information-2024-12-bytedance-nvidia-chips'}), (b:Entity {id: 'bytedance'})
MERGE (a)-[r:MENTIONS {id: 'doc-the-information-2024-12-bytedance-nvidia-chips-mentions-bytedance'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'implied', basisNote: 'The article says the report names Nvidia as the buyer; the buyer is ByteDance (see nvidia-supplies-bytedance-7bn-plan).', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day', citedSource: 'doc-the-information-2024-12-bytedance-nvidia-chips',
  evidence: 'As the article tells it, the report is about a $7 billion purchase of Nvidia chips; the article writes Nvidia as the buyer, which we read as ByteDance.'};

MATCH (a:Entity {id: 'doc-the-information-2024-12-bytedance-nvidia-chips'}), (b:Entity {id: 'nvidia-ai-chips'})
MERGE (a)-[r:MENTIONS {id: 'doc-the-information-2024-12-bytedance-nvidia-chips-mentions-nvidia-ai-chips'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day', citedSource: 'doc-the-information-2024-12-bytedance-nvidia-chips',
  evidence: 'As the article tells it, the report reports a planned purchase of Nvidia chips outside China.'};

MATCH (a:Entity {id: 'doc-the-information-2024-12-bytedance-nvidia-chips'}), (b:Entity {id: 'nvidia'})
MERGE (a)-[r:MENTIONS {id: 'doc-the-information-2024-12-bytedance-nvidia-chips-mentions-nvidia'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day', citedSource: 'doc-the-information-2024-12-bytedance-nvidia-chips',
  evidence: 'As the article tells it, the report reports a planned purchase of Nvidia chips.'};

MATCH (a:Entity {id: 'doc-reuters-2024-09-bytedance-h20'}), (b:Entity {id: 'bytedance'})
MERGE (a)-[r:MENTIONS {id: 'doc-reuters-2024-09-bytedance-h20-mentions-bytedance'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'implied', basisNote: 'The article runs two sentences together: it attributes to the September report that the chip was tailor-made, which we read as the H20; we take the report as also the source of ByteDance being its biggest buyer.', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day', citedSource: 'doc-reuters-2024-09-bytedance-h20',
  evidence: 'As the article tells it, the report reports ByteDance as the biggest H20 buyer.'};

MATCH (a:Entity {id: 'doc-reuters-2024-09-bytedance-h20'}), (b:Entity {id: 'nvidia-h20'})
MERGE (a)-[r:MENTIONS {id: 'doc-reuters-2024-09-bytedance-h20-mentions-nvidia-h20'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'implied', basisNote: 'The article runs two sentences together: it attributes to the September report that the chip was tailor-made, which we read as the H20; we take the report as also the source of ByteDance being its biggest buyer.', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day', citedSource: 'doc-reuters-2024-09-bytedance-h20',
  evidence: 'As the article tells it, the report reports on the H20 made for China.'};

MATCH (a:Entity {id: 'doc-reuters-2024-09-bytedance-h20'}), (b:Entity {id: 'nvidia'})
MERGE (a)-[r:MENTIONS {id: 'doc-reuters-2024-09-bytedance-h20-mentions-nvidia'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day', citedSource: 'doc-reuters-2024-09-bytedance-h20',
  evidence: 'As the article tells it, the report reports on Nvidia and its H20.'};

MATCH (a:Entity {id: 'doc-scmp-2025-01-21-china-softens-tiktok-stance'}), (b:Entity {id: 'chinese-government'})
MERGE (a)-[r:MENTIONS {id: 'doc-scmp-2025-01-21-china-softens-tiktok-stance-mentions-chinese-government'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day', citedSource: 'doc-scmp-2025-01-21-china-softens-tiktok-stance',
  evidence: 'As the article tells it, the report says Chinese authorities appear to be softening their stance.'};

MATCH (a:Entity {id: 'doc-scmp-2025-01-21-china-softens-tiktok-stance'}), (b:Entity {id: 'tiktok'})
MERGE (a)-[r:MENTIONS {id: 'doc-scmp-2025-01-21-china-softens-tiktok-stance-mentions-tiktok'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day', citedSource: 'doc-scmp-2025-01-21-china-softens-tiktok-stance',
  evidence: 'As the article tells it, the report reports on the fate of TikTok.'};

MATCH (a:Entity {id: 'doc-scmp-2025-01-21-china-softens-tiktok-stance'}), (b:Entity {id: 'bytedance'})
MERGE (a)-[r:MENTIONS {id: 'doc-scmp-2025-01-21-china-softens-tiktok-stance-mentions-bytedance'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day', citedSource: 'doc-scmp-2025-01-21-china-softens-tiktok-stance',
  evidence: 'As the article tells it, the report reports ByteDance may begin talks with U.S. investors.'};

MATCH (a:Entity {id: 'doc-scmp-2025-01-21-china-softens-tiktok-stance'}), (b:Entity {id: 'donald-trump'})
MERGE (a)-[r:MENTIONS {id: 'doc-scmp-2025-01-21-china-softens-tiktok-stance-mentions-donald-trump'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day', citedSource: 'doc-scmp-2025-01-21-china-softens-tiktok-stance',
  evidence: 'As the article tells it, the report quotes a source on President Trump enthusiasm for a TikTok deal.'};

MATCH (a:Entity {id: 'doc-questmobile-doubao-mau'}), (b:Entity {id: 'doubao'})
MERGE (a)-[r:MENTIONS {id: 'doc-questmobile-doubao-mau-mentions-doubao'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day', citedSource: 'doc-questmobile-doubao-mau',
  evidence: 'As the article tells it, the report gives Doubao 75 million monthly active users.'};

// ---------------------------------------------------------------- what the "See also" titles mention
// Each edge comes from a title the article lists, so, like every report the article cites, its
// source is the article (reportedOn is the article's date) and citedSource the listed document,
// with statedIn: 'title'. The listed documents' own dates are not given.

MATCH (a:Entity {id: 'doc-trump-credited-closing-trade-loopholes-china'}), (b:Entity {id: 'donald-trump'})
MERGE (a)-[r:MENTIONS {id: 'doc-trump-credited-closing-trade-loopholes-china-mentions-donald-trump'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day', citedSource: 'doc-trump-credited-closing-trade-loopholes-china', statedIn: 'title',
  evidence: 'The title names it ("Trump").'};

MATCH (a:Entity {id: 'doc-trump-credited-closing-trade-loopholes-china'}), (b:Entity {id: 'china'})
MERGE (a)-[r:MENTIONS {id: 'doc-trump-credited-closing-trade-loopholes-china-mentions-china'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day', citedSource: 'doc-trump-credited-closing-trade-loopholes-china', statedIn: 'title',
  evidence: 'The title names it ("China").'};

MATCH (a:Entity {id: 'doc-biden-restricts-access-ai-chips'}), (b:Entity {id: 'biden-administration'})
MERGE (a)-[r:MENTIONS {id: 'doc-biden-restricts-access-ai-chips-mentions-biden-administration'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'implied', basisNote: 'The title says Biden; a president restricting access acts through his administration.', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day', citedSource: 'doc-biden-restricts-access-ai-chips', statedIn: 'title',
  evidence: 'The title says "Biden", which we read as his administration.'};

MATCH (a:Entity {id: 'doc-biden-restricts-access-ai-chips'}), (b:Entity {id: 'united-states'})
MERGE (a)-[r:MENTIONS {id: 'doc-biden-restricts-access-ai-chips-mentions-united-states'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day', citedSource: 'doc-biden-restricts-access-ai-chips', statedIn: 'title',
  evidence: 'The title names it ("U.S. companies").'};

MATCH (a:Entity {id: 'doc-us-rules-restrict-investment-chinese-chips'}), (b:Entity {id: 'us-outbound-investment-rules'})
MERGE (a)-[r:MENTIONS {id: 'doc-us-rules-restrict-investment-chinese-chips-mentions-us-outbound-investment-rules'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day', citedSource: 'doc-us-rules-restrict-investment-chinese-chips', statedIn: 'title',
  evidence: 'The title names it ("U.S. rules restrict investment").'};

MATCH (a:Entity {id: 'doc-us-rules-restrict-investment-chinese-chips'}), (b:Entity {id: 'china'})
MERGE (a)-[r:MENTIONS {id: 'doc-us-rules-restrict-investment-chinese-chips-mentions-china'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day', citedSource: 'doc-us-rules-restrict-investment-chinese-chips', statedIn: 'title',
  evidence: 'The title names it ("Chinese chips, quantum and artificial intelligence").'};

MATCH (a:Entity {id: 'doc-china-says-us-investment-ban-detrimental'}), (b:Entity {id: 'chinese-government'})
MERGE (a)-[r:MENTIONS {id: 'doc-china-says-us-investment-ban-detrimental-mentions-chinese-government'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'implied', basisNote: 'The title says China says; a country speaks through its government.', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day', citedSource: 'doc-china-says-us-investment-ban-detrimental', statedIn: 'title',
  evidence: 'The title says "China says", which we read as its government speaking.'};

MATCH (a:Entity {id: 'doc-china-says-us-investment-ban-detrimental'}), (b:Entity {id: 'us-outbound-investment-rules'})
MERGE (a)-[r:MENTIONS {id: 'doc-china-says-us-investment-ban-detrimental-mentions-us-outbound-investment-rules'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'implied', basisNote: 'The title speaks of a U.S. investment ban; we read it as the U.S. rules restricting investment in Chinese chips named by another title.', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day', citedSource: 'doc-china-says-us-investment-ban-detrimental', statedIn: 'title',
  evidence: 'The title names it ("U.S. investment ban").'};

MATCH (a:Entity {id: 'doc-bytedance-prefers-shut-down-tiktok'}), (b:Entity {id: 'bytedance'})
MERGE (a)-[r:MENTIONS {id: 'doc-bytedance-prefers-shut-down-tiktok-mentions-bytedance'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day', citedSource: 'doc-bytedance-prefers-shut-down-tiktok', statedIn: 'title',
  evidence: 'The title names it ("ByteDance").'};

MATCH (a:Entity {id: 'doc-bytedance-prefers-shut-down-tiktok'}), (b:Entity {id: 'tiktok'})
MERGE (a)-[r:MENTIONS {id: 'doc-bytedance-prefers-shut-down-tiktok-mentions-tiktok'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day', citedSource: 'doc-bytedance-prefers-shut-down-tiktok', statedIn: 'title',
  evidence: 'The title names it ("TikTok").'};

MATCH (a:Entity {id: 'doc-bytedance-prefers-shut-down-tiktok'}), (b:Entity {id: 'united-states'})
MERGE (a)-[r:MENTIONS {id: 'doc-bytedance-prefers-shut-down-tiktok-mentions-united-states'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day', citedSource: 'doc-bytedance-prefers-shut-down-tiktok', statedIn: 'title',
  evidence: 'The title names it ("in the US").'};

MATCH (a:Entity {id: 'doc-us-says-tiktok-sale-security-not-speech'}), (b:Entity {id: 'us-government'})
MERGE (a)-[r:MENTIONS {id: 'doc-us-says-tiktok-sale-security-not-speech-mentions-us-government'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'implied', basisNote: 'The title says the United States says; a country speaks through its government.', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day', citedSource: 'doc-us-says-tiktok-sale-security-not-speech', statedIn: 'title',
  evidence: 'The title says "The United States says", which we read as its government speaking.'};

MATCH (a:Entity {id: 'doc-us-says-tiktok-sale-security-not-speech'}), (b:Entity {id: 'tiktok'})
MERGE (a)-[r:MENTIONS {id: 'doc-us-says-tiktok-sale-security-not-speech-mentions-tiktok'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day', citedSource: 'doc-us-says-tiktok-sale-security-not-speech', statedIn: 'title',
  evidence: 'The title names it ("TikTok").'};

MATCH (a:Entity {id: 'doc-us-says-tiktok-sale-security-not-speech'}), (b:Entity {id: 'tiktok-ban-law'})
MERGE (a)-[r:MENTIONS {id: 'doc-us-says-tiktok-sale-security-not-speech-mentions-tiktok-ban-law'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'implied', basisNote: 'The title speaks of the forced sale of TikTok, which is what the ban demands.', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day', citedSource: 'doc-us-says-tiktok-sale-security-not-speech', statedIn: 'title',
  evidence: 'The title speaks of "the forced sale of TikTok", which we read as what the ban demands.'};

MATCH (a:Entity {id: 'doc-china-wont-allow-tiktok-spinoff'}), (b:Entity {id: 'chinese-government'})
MERGE (a)-[r:MENTIONS {id: 'doc-china-wont-allow-tiktok-spinoff-mentions-chinese-government'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'implied', basisNote: 'The title quotes that China will not allow it; a country allows or forbids through its government.', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day', citedSource: 'doc-china-wont-allow-tiktok-spinoff', statedIn: 'title',
  evidence: 'The title quotes "China won’t allow it", which we read as its government.'};

MATCH (a:Entity {id: 'doc-china-wont-allow-tiktok-spinoff'}), (b:Entity {id: 'tiktok'})
MERGE (a)-[r:MENTIONS {id: 'doc-china-wont-allow-tiktok-spinoff-mentions-tiktok'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day', citedSource: 'doc-china-wont-allow-tiktok-spinoff', statedIn: 'title',
  evidence: 'The title names it ("TikTok").'};

MATCH (a:Entity {id: 'doc-nypost-trump-never-ban-tiktok'}), (b:Entity {id: 'donald-trump'})
MERGE (a)-[r:MENTIONS {id: 'doc-nypost-trump-never-ban-tiktok-mentions-donald-trump'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day', citedSource: 'doc-nypost-trump-never-ban-tiktok', statedIn: 'title',
  evidence: 'The title names it ("Trump").'};

MATCH (a:Entity {id: 'doc-nypost-trump-never-ban-tiktok'}), (b:Entity {id: 'tiktok'})
MERGE (a)-[r:MENTIONS {id: 'doc-nypost-trump-never-ban-tiktok-mentions-tiktok'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day', citedSource: 'doc-nypost-trump-never-ban-tiktok', statedIn: 'title',
  evidence: 'The title names it ("TikTok").'};

MATCH (a:Entity {id: 'doc-tiktok-us-legal-crackdown-children'}), (b:Entity {id: 'tiktok'})
MERGE (a)-[r:MENTIONS {id: 'doc-tiktok-us-legal-crackdown-children-mentions-tiktok'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day', citedSource: 'doc-tiktok-us-legal-crackdown-children', statedIn: 'title',
  evidence: 'The title names it ("TikTok").'};

MATCH (a:Entity {id: 'doc-tiktok-us-legal-crackdown-children'}), (b:Entity {id: 'united-states'})
MERGE (a)-[r:MENTIONS {id: 'doc-tiktok-us-legal-crackdown-children-mentions-united-states'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day', citedSource: 'doc-tiktok-us-legal-crackdown-children', statedIn: 'title',
  evidence: 'The title names it ("U.S. legal crackdown").'};

MATCH (a:Entity {id: 'doc-gen-z-wish-tiktok-never-invented'}), (b:Entity {id: 'tiktok'})
MERGE (a)-[r:MENTIONS {id: 'doc-gen-z-wish-tiktok-never-invented-mentions-tiktok'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day', citedSource: 'doc-gen-z-wish-tiktok-never-invented', statedIn: 'title',
  evidence: 'The title names it ("TikTok").'};

MATCH (a:Entity {id: 'doc-gen-z-wish-tiktok-never-invented'}), (b:Entity {id: 'united-states'})
MERGE (a)-[r:MENTIONS {id: 'doc-gen-z-wish-tiktok-never-invented-mentions-united-states'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day', citedSource: 'doc-gen-z-wish-tiktok-never-invented', statedIn: 'title',
  evidence: 'The title names it ("U.S. polls").'};

MATCH (a:Entity {id: 'doc-nvidia-china-chips-priced-near-huawei'}), (b:Entity {id: 'nvidia'})
MERGE (a)-[r:MENTIONS {id: 'doc-nvidia-china-chips-priced-near-huawei-mentions-nvidia'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day', citedSource: 'doc-nvidia-china-chips-priced-near-huawei', statedIn: 'title',
  evidence: 'The title names it ("Nvidia").'};

MATCH (a:Entity {id: 'doc-nvidia-china-chips-priced-near-huawei'}), (b:Entity {id: 'nvidia-ai-chips'})
MERGE (a)-[r:MENTIONS {id: 'doc-nvidia-china-chips-priced-near-huawei-mentions-nvidia-ai-chips'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'implied', basisNote: 'The title speaks of Nvidia\'s new AI chips for China, which belong to the Nvidia AI chips; it does not name one.', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day', citedSource: 'doc-nvidia-china-chips-priced-near-huawei', statedIn: 'title',
  evidence: 'The title speaks of Nvidia\'s new AI chips for China, without naming one.'};

MATCH (a:Entity {id: 'doc-nvidia-china-chips-priced-near-huawei'}), (b:Entity {id: 'china'})
MERGE (a)-[r:MENTIONS {id: 'doc-nvidia-china-chips-priced-near-huawei-mentions-china'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day', citedSource: 'doc-nvidia-china-chips-priced-near-huawei', statedIn: 'title',
  evidence: 'The title names it ("for China").'};

MATCH (a:Entity {id: 'doc-nvidia-china-chips-priced-near-huawei'}), (b:Entity {id: 'huawei-technologies'})
MERGE (a)-[r:MENTIONS {id: 'doc-nvidia-china-chips-priced-near-huawei-mentions-huawei-technologies'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'stated', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day', citedSource: 'doc-nvidia-china-chips-priced-near-huawei', statedIn: 'title',
  evidence: 'The title names it ("Huawei alternatives").'};

MATCH (a:Entity {id: 'doc-nvidia-china-chips-priced-near-huawei'}), (b:Entity {id: 'huawei-ai-chips'})
MERGE (a)-[r:MENTIONS {id: 'doc-nvidia-china-chips-priced-near-huawei-mentions-huawei-ai-chips'}]->(b)
SET r += {source: 'doc-reuters-2025-01-23-bytedance-ai-capex', basis: 'implied', basisNote: 'The title speaks of Huawei alternatives to Nvidia\'s AI chips, which are Huawei\'s AI chips.', reportedOn: date('2025-01-23'), reportedOnPrecision: 'day', citedSource: 'doc-nvidia-china-chips-priced-near-huawei', statedIn: 'title',
  evidence: 'The title speaks of "Huawei alternatives" to Nvidia\'s AI chips, which we read as Huawei\'s AI chips.'};
