//! Programs: type, customers, businesses, leadership and the slots of
//! their projects.

use chrono::Duration;
use chrono::NaiveDate;

use super::super::config::Config;
use super::super::rng::K_LAYOUT;
use super::super::rng::K_PROGRAM;
use super::super::rng::Rng;
use super::super::vocab::BUSINESSES;
use super::people::People;

pub(crate) const TYPES: [&str; 5] = [
    "single-customer",
    "single-business",
    "multi-customer",
    "multi-business",
    "composite",
];

pub(crate) struct ProgramPlan {
    pub(crate) index: usize,
    pub(crate) kind: usize,
    pub(crate) first: usize,
    pub(crate) size: usize,
    /// (global customer number, tier: 0 none, 1 key, 2 sme)
    pub(crate) customers: Vec<(usize, u8)>,
    /// (business template, site number)
    pub(crate) businesses: Vec<(usize, usize)>,
    /// Per project: customer index, business index, manager.
    pub(crate) slots: Vec<(Option<usize>, Option<usize>, usize)>,
    pub(crate) program_manager: Option<usize>,
    pub(crate) pmo: Option<usize>,
    pub(crate) director: Option<usize>,
    pub(crate) pmo_model: Option<&'static str>,
    pub(crate) base: NaiveDate,
    /// A window of people the program staffs its teams from.
    pub(crate) pool_start: usize,
    pub(crate) pool_len: usize,
}

pub(crate) fn business_label(b: (usize, usize)) -> (String, String) {
    let (code, name) = BUSINESSES[b.0];
    if b.1 == 0 {
        (format!("BIZ-{code}"), name.to_string())
    } else {
        (
            format!("BIZ-{code}-{}", b.1 + 1),
            format!("{name} site {}", b.1 + 1),
        )
    }
}

/// `n` distinct businesses, first the plain ones, then per site.
pub(crate) fn distinct_businesses(rng: &mut Rng, n: usize) -> Vec<(usize, usize)> {
    let offset = rng.below(BUSINESSES.len());
    (0..n)
        .map(|k| ((k + offset) % BUSINESSES.len(), k / BUSINESSES.len()))
        .collect()
}

pub(crate) fn plan_programs(cfg: &Config, people: &People) -> Vec<ProgramPlan> {
    let mut programs = Vec::new();
    let mut first = 0;
    let mut next_customer = 0usize;
    let mut layout = Rng::stream(cfg.seed, K_LAYOUT, 0);
    while first < cfg.projects {
        let left = cfg.projects - first;
        let mut size = layout.range(10, 50) as usize;
        if left < size + 10 {
            size = left;
        }
        let index = programs.len() + 1;
        let kind = (index - 1) % TYPES.len();
        let mut rng = Rng::stream(cfg.seed, K_PROGRAM, index as u64);
        let (customers, businesses, slots) =
            structure(&mut rng, people, kind, size, &mut next_customer);
        let (program_manager, pmo, director, pmo_model) = leadership(&mut rng, people, kind < 2);
        let base = NaiveDate::from_ymd_opt(2023, 7, 3).expect("valid")
            + Duration::days(rng.range(0, 1260));
        let pool_len = (people.staff.len()).min(40 + size * 6);
        let pool_start = rng.below(people.staff.len());
        programs.push(ProgramPlan {
            index,
            kind,
            first,
            size,
            customers,
            businesses,
            slots,
            program_manager,
            pmo,
            director,
            pmo_model,
            base,
            pool_start,
            pool_len,
        });
        first += size;
    }
    programs
}

/// A program's customers (global number, tier), businesses and project
/// slots (customer, business, manager).
type Structure = (
    Vec<(usize, u8)>,
    Vec<(usize, usize)>,
    Vec<(Option<usize>, Option<usize>, usize)>,
);

/// A project manager.
fn pm(rng: &mut Rng, people: &People) -> usize {
    *rng.pick(&people.managers)
}

/// The structure the program type prescribes: one customer with a project
/// per business, one business with a project per customer, customer ->
/// business or business -> customer, or the composite of both.
fn structure(
    rng: &mut Rng,
    people: &People,
    kind: usize,
    size: usize,
    next_customer: &mut usize,
) -> Structure {
    let mut customers = Vec::new();
    let mut businesses = Vec::new();
    let mut slots = Vec::new();
    let mut new_customer = |tier: u8| {
        *next_customer += 1;
        (*next_customer, tier)
    };
    match kind {
        0 => {
            customers.push(new_customer(0));
            businesses = distinct_businesses(rng, size);
            for k in 0..size {
                slots.push((Some(0), Some(k), pm(rng, people)));
            }
        }
        1 => {
            businesses.push((rng.below(BUSINESSES.len()), 0));
            for k in 0..size {
                customers.push(new_customer(0));
                slots.push((Some(k), Some(0), pm(rng, people)));
            }
        }
        2 | 3 => {
            // program -> customer -> business, or business -> customer.
            let outer = (size / rng.range(3, 6) as usize).max(2).min(size);
            let inner = size.div_ceil(outer);
            // Every customer and business gets at least one project.
            let outer = size.div_ceil(inner);
            let (nc, nb) = if kind == 2 {
                (outer, inner)
            } else {
                (inner, outer)
            };
            for _ in 0..nc {
                customers.push(new_customer(0));
            }
            businesses = distinct_businesses(rng, nb);
            let leads: Vec<usize> = (0..outer).map(|_| pm(rng, people)).collect();
            for k in 0..size {
                let (o, i) = (k / inner, k % inner);
                let (c, b) = if kind == 2 { (o, i) } else { (i, o) };
                slots.push((Some(c), Some(b), leads[o]));
            }
        }
        _ => return composite(rng, people, size, &mut new_customer),
    }
    (customers, businesses, slots)
}

/// Key customers by customer, SME customers by business.
fn composite(
    rng: &mut Rng,
    people: &People,
    size: usize,
    new_customer: &mut dyn FnMut(u8) -> (usize, u8),
) -> Structure {
    let (mut customers, mut slots) = (Vec::new(), Vec::new());
    let key_slots = size / 2;
    let keys = (key_slots / rng.range(3, 6) as usize).max(1);
    let per_key = key_slots.div_ceil(keys).max(1);
    let keys = key_slots.div_ceil(per_key).max(1);
    let sme_slots = size - key_slots;
    let sme_biz = (sme_slots / 4).clamp(1, 4);
    let per_biz = sme_slots.div_ceil(sme_biz).max(1);
    let sme_biz = sme_slots.div_ceil(per_biz).max(1);
    let businesses = distinct_businesses(rng, per_key.max(sme_biz));
    for _ in 0..keys {
        customers.push(new_customer(1));
    }
    let key_managers: Vec<usize> = (0..keys).map(|_| pm(rng, people)).collect();
    for k in 0..key_slots {
        slots.push((
            Some(k / per_key),
            Some(k % per_key),
            key_managers[k / per_key],
        ));
    }
    for _ in 0..per_biz {
        customers.push(new_customer(2));
    }
    let biz_managers: Vec<usize> = (0..sme_biz).map(|_| pm(rng, people)).collect();
    for k in 0..sme_slots {
        let (b, c) = (k / per_biz, k % per_biz);
        slots.push((Some(keys + c), Some(b), biz_managers[b]));
    }
    (customers, businesses, slots)
}

/// Who leads: a program manager for a single-type program; a PMO head or
/// an IT-service director (or both), now and then with a program manager,
/// and the PMO's model for a multi-type one.
fn leadership(
    rng: &mut Rng,
    people: &People,
    single: bool,
) -> (
    Option<usize>,
    Option<usize>,
    Option<usize>,
    Option<&'static str>,
) {
    if single {
        return (Some(pm(rng, people)), None, None, None);
    }
    let lead = *rng.pick(&people.leads);
    let which = rng.below(3);
    (
        if rng.chance(0.3) {
            Some(pm(rng, people))
        } else {
            None
        },
        (which != 1).then_some(lead),
        (which != 0).then(|| *rng.pick(&people.leads)),
        Some(*rng.pick(&["matrix", "functional", "hybrid"])),
    )
}
