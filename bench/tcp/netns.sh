# SPDX-License-Identifier: Apache-2.0 WITH LLVM-exception
# netns.sh (sourced): the TCP benchmark's two namespaces joined by a veth
# pair with default settings. ns-tcpref-srv 198.18.98.1/24 (veth-tr-s),
# ns-tcpref-cli 198.18.98.2/24 (veth-tr-c).
TR_SRV=ns-tcpref-srv TR_CLI=ns-tcpref-cli
TR_SADDR=198.18.98.1 TR_CADDR=198.18.98.2 TR_PORT=10212

tr_netns_down() {
	ip netns del $TR_SRV 2>/dev/null
	ip netns del $TR_CLI 2>/dev/null
	true
}

tr_netns_up() {
	tr_netns_down
	ip netns add $TR_SRV && ip netns add $TR_CLI &&
		ip link add veth-tr-s netns $TR_SRV type veth peer name veth-tr-c netns $TR_CLI &&
		ip -n $TR_SRV addr add $TR_SADDR/24 dev veth-tr-s &&
		ip -n $TR_CLI addr add $TR_CADDR/24 dev veth-tr-c &&
		ip -n $TR_SRV link set lo up && ip -n $TR_CLI link set lo up &&
		ip -n $TR_SRV link set veth-tr-s up && ip -n $TR_CLI link set veth-tr-c up
}

# tr_wait_port: until something accepts on the server's port (5 s at most).
tr_wait_port() {
	for _ in $(seq 50); do
		ip netns exec $TR_CLI bash -c "exec 3<>/dev/tcp/$TR_SADDR/$TR_PORT" 2>/dev/null && return 0
		sleep 0.1
	done
	return 1
}
