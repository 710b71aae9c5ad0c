//! The actor network: nodes and weighted edges from the store's event edges, with communities.
//!
//! Edges are directed (source acted on target) and carry separate cooperation (quad classes
//! 1–2) and conflict (3–4) counts. Communities are found with Leiden (modularity, fixed seed so
//! the same data always gives the same colouring) on the undirected graph whose edge weight is
//! the number of events between two actors in either direction.

use crate::dto::ActorRefJson;
use marsad_store::{ActorSummary, EdgeRow};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};

#[derive(Debug, Serialize)]
pub struct NodeJson {
    #[serde(flatten)]
    pub actor: ActorRefJson,
    pub country: Option<String>,
    /// Events this actor takes part in within the network.
    pub events: i64,
    pub cooperation: i64,
    pub conflict: i64,
    /// Distinct neighbours.
    pub degree: usize,
    pub community: usize,
}

#[derive(Debug, Serialize)]
pub struct EdgeJson {
    pub source: String,
    pub target: String,
    pub events: i64,
    pub cooperation: i64,
    pub conflict: i64,
    pub goldstein_mean: f64,
    pub reports: i64,
}

#[derive(Debug, Serialize)]
pub struct NetworkJson {
    pub nodes: Vec<NodeJson>,
    pub edges: Vec<EdgeJson>,
    pub communities: usize,
    /// Modularity of the partition (0 when there was nothing to partition).
    pub modularity: f64,
}

/// Assembles the network; `actors` must cover the endpoints of `edges` (unknown endpoints get
/// a node named by their id).
pub fn build(edges: Vec<EdgeRow>, actors: Vec<ActorSummary>) -> NetworkJson {
    let mut known: HashMap<String, ActorSummary> = actors
        .into_iter()
        .map(|a| (a.actor.id.clone(), a))
        .collect();
    // BTreeMap: node order (and so community numbering) does not depend on hashing.
    let mut index: BTreeMap<String, usize> = BTreeMap::new();
    for e in &edges {
        for id in [&e.source, &e.target] {
            let next = index.len();
            index.entry(id.clone()).or_insert(next);
        }
    }
    let n = index.len();
    let mut events = vec![0_i64; n];
    let mut cooperation = vec![0_i64; n];
    let mut conflict = vec![0_i64; n];
    let mut undirected: BTreeMap<(usize, usize), f64> = BTreeMap::new();
    for e in &edges {
        let (s, t) = (index[&e.source], index[&e.target]);
        for i in [s, t] {
            events[i] += e.events;
            cooperation[i] += e.cooperation;
            conflict[i] += e.conflict;
        }
        *undirected.entry((s.min(t), s.max(t))).or_default() += e.events as f64;
    }
    let mut degree = vec![0_usize; n];
    for &(a, b) in undirected.keys() {
        degree[a] += 1;
        degree[b] += 1;
    }
    let (community, modularity) = communities(n, &undirected);
    let communities = community.iter().copied().max().map_or(0, |m| m + 1);
    let mut nodes: Vec<NodeJson> = index
        .iter()
        .map(|(id, &i)| {
            let (actor, country) = match known.remove(id) {
                Some(a) => (a.actor.into(), a.country),
                None => (
                    ActorRefJson {
                        id: id.clone(),
                        name: id.clone(),
                        name_en: None,
                        kind: String::new(),
                        code: None,
                    },
                    None,
                ),
            };
            NodeJson {
                actor,
                country,
                events: events[i],
                cooperation: cooperation[i],
                conflict: conflict[i],
                degree: degree[i],
                community: community[i],
            }
        })
        .collect();
    nodes.sort_by(|a, b| b.events.cmp(&a.events).then(a.actor.id.cmp(&b.actor.id)));
    let edges = edges
        .into_iter()
        .map(|e| EdgeJson {
            goldstein_mean: if e.events > 0 {
                e.goldstein_sum / e.events as f64
            } else {
                0.0
            },
            source: e.source,
            target: e.target,
            events: e.events,
            cooperation: e.cooperation,
            conflict: e.conflict,
            reports: e.reports,
        })
        .collect();
    NetworkJson {
        nodes,
        edges,
        communities,
        modularity,
    }
}

/// Community of each node (numbered by first appearance) and the partition's modularity.
fn communities(n: usize, edges: &BTreeMap<(usize, usize), f64>) -> (Vec<usize>, f64) {
    let singletons = || ((0..n).collect::<Vec<_>>(), 0.0);
    if n == 0 || edges.is_empty() {
        return singletons();
    }
    let mut builder = leiden_rs::GraphDataBuilder::new(n);
    for (&(a, b), &w) in edges {
        if let Err(error) = builder.add_edge(a, b, w) {
            tracing::warn!(%error, "network: edge rejected by community detection");
        }
    }
    let result = builder.build().and_then(|graph| {
        leiden_rs::Leiden::new(leiden_rs::LeidenConfig {
            seed: Some(42),
            ..Default::default()
        })
        .run(&graph)
    });
    match result {
        Ok(result) => {
            // Renumber so community ids are small, dense and stable in node order.
            let mut renumber: HashMap<usize, usize> = HashMap::new();
            let community: Vec<usize> = (0..n)
                .map(|i| {
                    let raw = result.partition.community_of(i);
                    let next = renumber.len();
                    *renumber.entry(raw).or_insert(next)
                })
                .collect();
            let q = modularity(n, edges, &community);
            (community, q)
        }
        Err(error) => {
            tracing::warn!(%error, "network: community detection failed; one community per node");
            singletons()
        }
    }
}

/// Newman–Girvan modularity of `community` on the weighted undirected graph `edges`.
fn modularity(n: usize, edges: &BTreeMap<(usize, usize), f64>, community: &[usize]) -> f64 {
    let mut strength = vec![0.0; n];
    let mut total = 0.0;
    let mut inside = 0.0;
    for (&(a, b), &w) in edges {
        strength[a] += w;
        strength[b] += w;
        total += w;
        if community[a] == community[b] {
            inside += w;
        }
    }
    if total == 0.0 {
        return 0.0;
    }
    let mut by_community: HashMap<usize, f64> = HashMap::new();
    for (i, s) in strength.iter().enumerate() {
        *by_community.entry(community[i]).or_default() += s;
    }
    let expected: f64 = by_community
        .values()
        .map(|s| (s / (2.0 * total)).powi(2))
        .sum();
    inside / total - expected
}

#[cfg(test)]
mod tests {
    use super::*;

    fn edge(s: &str, t: &str, events: i64, conflict: i64) -> EdgeRow {
        EdgeRow {
            source: s.into(),
            target: t.into(),
            events,
            cooperation: events - conflict,
            conflict,
            goldstein_sum: 0.0,
            reports: events,
        }
    }

    #[test]
    fn two_planted_communities() {
        let edges = vec![
            edge("a", "b", 5, 0),
            edge("b", "c", 5, 0),
            edge("a", "c", 5, 0),
            edge("x", "y", 5, 5),
            edge("y", "z", 5, 5),
            edge("x", "z", 5, 5),
            edge("c", "x", 1, 1),
        ];
        let net = build(edges, Vec::new());
        assert_eq!(net.nodes.len(), 6);
        assert_eq!(net.communities, 2);
        let community = |id: &str| {
            net.nodes
                .iter()
                .find(|n| n.actor.id == id)
                .map(|n| n.community)
        };
        assert_eq!(community("a"), community("c"));
        assert_ne!(community("a"), community("x"));
        assert!(net.modularity > 0.3, "{}", net.modularity);
    }
}
