//! Hand-computed cases for the 360-degree review.

use super::*;
use crate::model::{At, CompetencyScores};

fn rating(relation: Relation, rater: &str, teamwork: f64, leadership: Option<f64>) -> Rating {
    Rating {
        rater: Some(At::unlocated(rater.into())),
        relation: At::unlocated(relation),
        scores: At::unlocated(CompetencyScores {
            teamwork: Some(At::unlocated(teamwork)),
            leadership: leadership.map(At::unlocated),
            ..CompetencyScores::default()
        }),
        comments: Some(At::unlocated(format!("comment by {rater}"))),
    }
}

fn review(ratings: Vec<Rating>) -> Review {
    Review {
        kind: "Review".into(),
        version: None,
        id: At::unlocated("rv".into()),
        reviewee: At::unlocated("pm".into()),
        period: At::unlocated("2026-H1".parse().unwrap()),
        date: None,
        ratings,
        allow: vec![],
    }
}

fn find(r: &ManagerReview, c: Competency) -> &CompetencyResult {
    r.competencies.iter().find(|x| x.competency == c).unwrap()
}

#[test]
fn small_groups_fold_into_others_or_are_withheld() {
    use Relation::*;
    // self 1, superior 1 (exempt); peer 3 (shown); subordinate 2 and
    // customer 1 (small): pooled into others with 3 raters, shown.
    let rs = vec![
        rating(SelfRating, "s", 4.0, None),
        rating(Superior, "b", 3.0, None),
        rating(Peer, "p1", 3.0, None),
        rating(Peer, "p2", 4.0, None),
        rating(Peer, "p3", 5.0, None),
        rating(Subordinate, "u1", 2.0, None),
        rating(Subordinate, "u2", 3.0, None),
        rating(Customer, "c1", 1.0, None),
    ];
    let f = fold(&rs, 3);
    let shown: Vec<(Group, usize)> = f.groups.iter().map(|(g, m)| (*g, m.len())).collect();
    assert_eq!(
        shown,
        [
            (Group::SelfRating, 1),
            (Group::Superior, 1),
            (Group::Peer, 3),
            (Group::Others, 3)
        ]
    );
    assert_eq!(f.withheld, 0);
    // Drop a subordinate: the pool (1 subordinate + 1 customer) is 2 < 3,
    // so it is withheld, named nowhere.
    let rs2: Vec<Rating> = rs
        .iter()
        .filter(|r| r.rater.as_ref().unwrap().value != "u2")
        .cloned()
        .collect();
    let f = fold(&rs2, 3);
    assert!(
        f.groups
            .iter()
            .all(|(g, _)| *g != Group::Others && *g != Group::Subordinate)
    );
    assert_eq!(f.withheld, 2);
    // Threshold 1 shows every group on its own.
    assert_eq!(fold(&rs, 1).groups.len(), 5);
}

#[test]
fn group_means_overall_and_gap_by_hand() {
    use Relation::*;
    let rs = vec![
        rating(SelfRating, "s", 5.0, Some(2.0)),
        rating(Superior, "b", 3.0, Some(4.0)),
        rating(Peer, "p1", 3.0, Some(4.0)),
        rating(Peer, "p2", 4.0, Some(5.0)),
        rating(Peer, "p3", 4.0, None),
        rating(Customer, "c1", 1.0, Some(1.0)),
        rating(Customer, "c2", 1.0, Some(1.0)),
    ];
    let r = review_one(&Settings::default(), &review(rs));
    // Customers (2) are pooled alone: 2 < 3, withheld entirely.
    assert_eq!(r.withheld_raters, 2);
    assert_eq!(
        r.groups.iter().map(|g| g.group).collect::<Vec<_>>(),
        [Group::SelfRating, Group::Superior, Group::Peer]
    );
    let t = find(&r, Competency::Teamwork);
    // peer mean (3 + 4 + 4) / 3 = 3.67; others = (superior 3 + peer 3.667) / 2
    // = 3.33 (weights 1, 1; self 0; customers' 1s take no part);
    // overall = others since self weighs 0; gap = 5 - 3.33 = 1.67 >= 0.5:
    // a blind spot.
    assert_eq!(t.groups[2].mean, Some(3.67));
    assert_eq!(
        (t.self_score, t.others, t.overall, t.gap),
        (Some(5.0), Some(3.33), Some(3.33), Some(1.67))
    );
    assert_eq!(t.flag, Some(GapFlag::BlindSpot));
    let l = find(&r, Competency::Leadership);
    // Only 2 peers scored leadership: the peer cell is withheld (2 < 3).
    // others = superior 4 alone; gap = 2 - 4 = -2: a hidden strength.
    assert_eq!((l.groups[2].mean, l.groups[2].raters), (None, 2));
    assert_eq!(
        (l.others, l.gap, l.flag),
        (Some(4.0), Some(-2.0), Some(GapFlag::HiddenStrength))
    );
    // overall = mean of unrounded competency overalls = (3.3333 + 4) / 2 = 3.67.
    assert_eq!(r.overall, Some(3.67));
    assert_eq!(r.top, [Competency::Leadership, Competency::Teamwork]);
    // Only two competencies rated: both are in the top three, and the
    // bottom three never repeat the top.
    assert!(r.bottom.is_empty());
    // Comments: exempt and shown groups only, never the customers'.
    let texts: Vec<&str> = r.comments.iter().map(|c| c.text.as_str()).collect();
    assert!(texts.contains(&"comment by p1"));
    assert!(!texts.iter().any(|t| t.contains("c1") || t.contains("c2")));
}

#[test]
fn configured_group_weights_and_gap_flags() {
    let mut settings = Settings::default();
    settings.review.group_weights.insert("superior".into(), 3.0);
    settings.review.group_weights.insert("self".into(), 1.0);
    let means = [
        GroupMean {
            group: Group::SelfRating,
            mean: Some(5.0),
            raters: 1,
        },
        GroupMean {
            group: Group::Superior,
            mean: Some(3.0),
            raters: 1,
        },
        GroupMean {
            group: Group::Peer,
            mean: Some(4.0),
            raters: 3,
        },
    ];
    // others = (3*3 + 1*4) / 4 = 13 / 4 = 3.25
    assert_eq!(weighted(&settings, &means, false), Some(3.25));
    // overall = (1*5 + 3*3 + 1*4) / 5 = 18 / 5 = 3.6
    assert_eq!(weighted(&settings, &means, true), Some(3.6));
    assert_eq!(flag_of(0.5, 0.5), Some(GapFlag::BlindSpot));
    assert_eq!(flag_of(0.49, 0.5), None);
    assert_eq!(flag_of(-0.5, 0.5), Some(GapFlag::HiddenStrength));
    assert_eq!(flag_of(1.0, f64::NAN), None);
}
