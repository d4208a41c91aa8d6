//! How long `estimate()` takes: every condition, severity and aftercare, with and without
//! cautions, over a year of start dates. Prints microseconds per call; asserts nothing.

use std::hint::black_box;
use std::time::Instant;

use prolopath::model::{
    estimate, Adherence, Caution, Cautions, Condition, Date, Inputs, Severity, Values,
};

fn main() {
    let first = Date::from_ymd(2026, 11, 24).expect("a valid date");
    let mut inputs = Vec::new();
    for day in (0..365).step_by(7) {
        for condition in Condition::ALL {
            for severity in Severity::ALL {
                for adherence in Adherence::ALL {
                    for cautions in [
                        Cautions::default(),
                        Caution::ALL
                            .into_iter()
                            .fold(Cautions::default(), Cautions::toggled),
                    ] {
                        inputs.push(Inputs {
                            condition,
                            severity,
                            adherence,
                            start: first.add_days(day),
                            cautions,
                            values: Values::default(),
                        });
                    }
                }
            }
        }
    }
    // Warm up, then take the best of five rounds (the least disturbed by anything else).
    let round = || {
        let t = Instant::now();
        for i in &inputs {
            black_box(estimate(black_box(i)));
        }
        t.elapsed().as_secs_f64() * 1e6 / inputs.len() as f64
    };
    round();
    let mut times: Vec<f64> = (0..5).map(|_| round()).collect();
    times.sort_by(f64::total_cmp);
    println!(
        "estimate(): {} inputs, best {:.2} µs per call, median {:.2} µs (native, release)",
        inputs.len(),
        times[0],
        times[2]
    );
}
