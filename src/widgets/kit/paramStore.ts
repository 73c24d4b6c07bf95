// One Zustand vanilla store per widget instance: two copies of a widget never share state.
// The store holds only the reader's settings; weights, grids and histories live outside React.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { ParamSpecs, ParamValues } from './params';

export interface ParamState<S extends ParamSpecs> {
  values: ParamValues<S>;
  set<K extends keyof S>(key: K, value: ParamValues<S>[K]): void;
  replace(values: ParamValues<S>): void;
}

export type ParamStore<S extends ParamSpecs> = StoreApi<ParamState<S>>;

export function createParamStore<S extends ParamSpecs>(initial: ParamValues<S>): ParamStore<S> {
  return createStore<ParamState<S>>()((set) => ({
    values: initial,
    set: (key, value) => set((s) => ({ values: { ...s.values, [key]: value } })),
    replace: (values) => set({ values }),
  }));
}
