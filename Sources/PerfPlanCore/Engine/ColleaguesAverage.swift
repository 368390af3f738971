/// The average of the employee's colleagues alone: the role average (`peer_mean`) counts the
/// employee too when they have a result, so beside "Colleagues with a result 9" it is not
/// the nine colleagues' average. The worksheet shows this one, so HR can check it against
/// the colleagues it counts: (mean × peer_n − actual) / (peer_n − 1).
package enum ColleaguesAverage {
    package static func of(_ r: IndicatorResult) -> Double? {
        guard let mean = r.peerMean else { return nil }
        guard let actual = r.actual else { return mean }
        let others = PeerPrivacy.others(r)
        guard others > 0 else { return nil }
        return (mean * Double(r.peerN) - actual) / Double(others)
    }
}
