import { describe, expect, it } from 'vitest';
import { parseBlocks } from '../../src/lib/text/blocks';
import { articleRuleProblems } from '../../src/lib/check/article-rules';
import type { ArticleData } from '../../src/schemas/article';
import { goodArticle } from '../support/fixture';

/** Checks the good fixture after one change to its frontmatter. */
function check(change: (data: ArticleData) => void) {
  const { data, body } = goodArticle();
  change(data);
  return articleRuleProblems(data, parseBlocks(body));
}

describe('articleRuleProblems', () => {
  it('accepts the good fixture', () => {
    expect(check(() => {})).toEqual([]);
  });

  it.each<[string, (data: ArticleData) => void, string, string]>([
    ['a duplicate actor id', (d) => (d.actors[2]!.id = 'northport'), 'actors.2.id', 'duplicate id "northport", already used by actors.0'],
    ['a duplicate question id', (d) => d.questions.push({ ...d.questions[0]! }), 'questions.1.id', 'duplicate id "shared-ferry", already used by questions.0'],
    ['a duplicate claim id', (d) => (d.claims[1]!.id = 'reyes-one-boat'), 'claims.1.id', 'duplicate id "reyes-one-boat", already used by claims.0'],
    ['an unknown affiliation', (d) => (d.actors[1]!.affiliation = 'eastville'), 'actors.1.affiliation', 'unknown actor "eastville"; declared actors are "northport", "ana-reyes", "southby", "the-gazette"'],
    ['a self affiliation', (d) => (d.actors[0]!.affiliation = 'northport'), 'actors.0.affiliation', '"northport" cannot be affiliated with itself'],
    ['an affiliation cycle', (d) => (d.actors[0]!.affiliation = 'ana-reyes'), 'actors.0.affiliation', 'affiliations form a cycle: northport → ana-reyes → northport'],
    ['an alias missing from the body', (d) => d.actors[0]!.aliases.push('North Port'), 'actors.0.aliases.1', 'alias "North Port" does not occur in the body as a whole word'],
    ['an unknown position actor', (d) => (d.positions[0]!.actor = 'nobody'), 'positions.0.actor', 'unknown actor "nobody"; declared actors are "northport", "ana-reyes", "southby", "the-gazette"'],
    ['an unknown position question', (d) => (d.positions[0]!.question = 'bridges'), 'positions.0.question', 'unknown question "bridges"; declared questions are "shared-ferry"'],
    ['a misspelt position question', (d) => (d.positions[0]!.question = 'shared-fery'), 'positions.0.question', 'unknown question "shared-fery"; declared questions are "shared-ferry"; did you mean "shared-ferry"?'],
    ['two positions of one actor on one question', (d) => d.positions.push({ ...d.positions[0]! }), 'positions.2.question', 'a second position for ana-reyes on shared-ferry; merge it with positions.0'],
    ['a position excerpt not in the body', (d) => (d.positions[1]!.excerpts = ['Southby refused.']), 'positions.1.excerpts.0', 'excerpt "Southby refused." is not in the body verbatim'],
    ['an unknown speaker', (d) => (d.claims[0]!.speaker = 'ana-reyez'), 'claims.0.speaker', 'unknown actor "ana-reyez"; declared actors are "northport", "ana-reyes", "southby", "the-gazette"; did you mean "ana-reyes"?'],
    ['an unknown via', (d) => (d.claims[1]!.via = 'the-times'), 'claims.1.via', 'unknown actor "the-times"; declared actors are "northport", "ana-reyes", "southby", "the-gazette"'],
    ['a misspelt via', (d) => (d.claims[1]!.via = 'the-gazete'), 'claims.1.via', 'unknown actor "the-gazete"; declared actors are "northport", "ana-reyes", "southby", "the-gazette"; did you mean "the-gazette"?'],
    ['a via that is not an outlet', (d) => (d.claims[1]!.via = 'southby'), 'claims.1.via', '"southby" is a organization; via names the outlet whose report carries the claim'],
    ['a quote without a speaker', (d) => delete d.claims[0]!.speaker, 'claims.0.speaker', 'a quote needs the id of the actor who said it'],
    ['a reported claim with neither via nor speaker', (d) => delete d.claims[1]!.via, 'claims.1.via', 'a reported claim needs the outlet that reports it (via) or a speaker'],
    ['an assertion with a speaker', (d) => (d.claims[0]!.kind = 'assertion'), 'claims.0.speaker', "an assertion is the article's own voice: leave speaker out, or choose another kind"],
    ['a claim excerpt not in the body', (d) => (d.claims[1]!.excerpt = 'the ferry will cost less than three'), 'claims.1.excerpt', 'excerpt "the ferry will cost less than three" is not in the body verbatim'],
    ['an excerpt with curly quotes', (d) => (d.claims[0]!.excerpt = '“One boat serves us both,” said Ana Reyes.'), 'claims.0.excerpt', 'excerpt "“One boat serves us both,” said Ana Reyes." is not in the body verbatim; line 4 has "\\"One boat serves us both,\\" said Ana Reyes.", which differs in quote marks: copy the excerpt from there'],
    ['an excerpt that occurs twice', (d) => (d.claims[1]!.excerpt = 'agreed'), 'claims.1.excerpt', 'excerpt "agreed" occurs 2 times in the body; quote more of the sentence so it occurs once'],
    ['overlapping claim excerpts', (d) => (d.claims[1]!.excerpt = 'said Ana Reyes'), 'claims.1.excerpt', 'overlaps the excerpt of claims.0; claim excerpts must not share words'],
  ])('reports %s', (_case, change, path, message) => {
    expect(check(change)).toContainEqual({ path, message });
  });

  it('says which lines an excerpt runs across', () => {
    expect(check((d) => (d.claims[1]!.excerpt = 'said Ana Reyes. Conditions'))).toContainEqual({
      path: 'claims.1.excerpt',
      message: 'excerpt "said Ana Reyes. Conditions" is not in the body verbatim: it runs across the paragraphs at lines 4 and 6; cite one paragraph at a time',
    });
  });

  it('skips the holes the content check leaves for rejected items, and names the rest by their own index', () => {
    const { data, body } = goodArticle();
    delete data.claims[0];
    data.claims[1]!.speaker = 'nobody';
    expect(articleRuleProblems(data, parseBlocks(body))).toEqual([
      { path: 'claims.1.speaker', message: 'unknown actor "nobody"; declared actors are "northport", "ana-reyes", "southby", "the-gazette"' },
    ]);
  });

  it('does not report a reference to an actor declared by an item the schema rejected', () => {
    const { data, body } = goodArticle();
    delete data.actors[1];
    const declared = { actors: ['northport', 'ana-reyes', 'southby', 'the-gazette'], questions: ['shared-ferry'] };
    expect(articleRuleProblems(data, parseBlocks(body), declared)).toEqual([]);
    expect(articleRuleProblems(data, parseBlocks(body)).map((problem) => problem.path)).toEqual(['positions.0.actor', 'claims.0.speaker']);
  });

  it('reports every problem at once', () => {
    const problems = check((d) => {
      d.claims[0]!.speaker = 'nobody';
      d.claims[1]!.excerpt = 'not there';
      d.actors[3]!.id = 'southby';
    });
    expect(problems.map((problem) => problem.path)).toEqual(['actors.3.id', 'claims.0.speaker', 'claims.1.via', 'claims.1.excerpt']);
  });
});
