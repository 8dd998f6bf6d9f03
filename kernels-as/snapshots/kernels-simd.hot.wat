 (func $kernels-as/assembly/gemv_panel16/gemv<f32> (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32)
  (local $8 v128)
  (local $9 i32)
  (local $10 v128)
  (local $11 v128)
  (local $12 i32)
  (local $13 i32)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 i32)
  (local $20 i32)
  (local $21 i32)
  (local $22 i64)
  (local $23 v128)
  (local $24 v128)
  (local $25 i32)
  (local $26 i32)
  (local $27 i32)
  (local $28 i32)
  (local $29 i32)
  (local $30 i32)
  (local $31 i32)
  (local $32 i32)
  (local $33 v128)
  (local $34 v128)
  (local $35 v128)
  local.get $2
  i32.const 6
  i32.shl
  local.set $21
  local.get $1
  i32.const 1
  i32.eq
  if
   local.get $7
   local.get $6
   i32.sub
   i32.const 1
   i32.shr_s
   local.set $13
   loop $for-loop|0
    local.get $13
    local.get $20
    i32.gt_s
    if
     local.get $4
     local.get $6
     local.get $20
     i32.add
     local.tee $19
     local.get $21
     i32.mul
     i32.add
     local.set $9
     local.get $4
     local.get $6
     local.get $13
     i32.add
     local.get $20
     i32.add
     local.tee $25
     local.get $21
     i32.mul
     i32.add
     local.set $1
     i32.const 16
     local.get $3
     local.get $19
     i32.const 4
     i32.shl
     i32.sub
     local.tee $12
     local.get $12
     i32.const 16
     i32.gt_s
     select
     local.set $26
     i32.const 16
     local.get $3
     local.get $25
     i32.const 4
     i32.shl
     i32.sub
     local.tee $12
     local.get $12
     i32.const 16
     i32.gt_s
     select
     local.set $27
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     local.set $14
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     local.set $11
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     local.set $8
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     local.set $15
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     local.set $16
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     local.set $17
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     local.set $18
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     local.set $10
     local.get $2
     i32.const 6
     i32.shl
     local.tee $12
     local.get $9
     i32.add
     i32.const 4
     i32.sub
     local.set $28
     local.get $1
     local.get $12
     i32.add
     i32.const 4
     i32.sub
     local.set $29
     i32.const 0
     local.set $12
     loop $for-loop|1
      local.get $12
      i32.const 2
      i32.add
      local.get $2
      i32.le_u
      if
       local.get $12
       i32.const 31
       i32.and
       i32.eqz
       if
        local.get $9
        i32.const 1024
        i32.add
        local.tee $30
        local.get $28
        local.get $28
        local.get $30
        i32.gt_u
        select
        i32.load
        drop
        local.get $1
        i32.const 1024
        i32.add
        local.tee $30
        local.get $29
        local.get $29
        local.get $30
        i32.gt_u
        select
        i32.load
        drop
       end
       local.get $14
       local.get $9
       i32.const -64
       i32.sub
       local.tee $30
       v128.load
       local.get $0
       local.get $12
       i32.const 2
       i32.shl
       i32.add
       local.tee $31
       v128.load32_splat offset=4
       local.tee $23
       f32x4.mul
       local.get $9
       v128.load
       local.get $31
       v128.load32_splat
       local.tee $24
       f32x4.mul
       f32x4.add
       f32x4.add
       local.set $14
       local.get $16
       local.get $1
       i32.const -64
       i32.sub
       local.tee $31
       v128.load
       local.get $23
       f32x4.mul
       local.get $1
       v128.load
       local.get $24
       f32x4.mul
       f32x4.add
       f32x4.add
       local.set $16
       local.get $11
       local.get $30
       v128.load offset=16
       local.get $23
       f32x4.mul
       local.get $9
       v128.load offset=16
       local.get $24
       f32x4.mul
       f32x4.add
       f32x4.add
       local.set $11
       local.get $17
       local.get $31
       v128.load offset=16
       local.get $23
       f32x4.mul
       local.get $1
       v128.load offset=16
       local.get $24
       f32x4.mul
       f32x4.add
       f32x4.add
       local.set $17
       local.get $8
       local.get $30
       v128.load offset=32
       local.get $23
       f32x4.mul
       local.get $9
       v128.load offset=32
       local.get $24
       f32x4.mul
       f32x4.add
       f32x4.add
       local.set $8
       local.get $18
       local.get $31
       v128.load offset=32
       local.get $23
       f32x4.mul
       local.get $1
       v128.load offset=32
       local.get $24
       f32x4.mul
       f32x4.add
       f32x4.add
       local.set $18
       local.get $15
       local.get $30
       v128.load offset=48
       local.get $23
       f32x4.mul
       local.get $9
       v128.load offset=48
       local.get $24
       f32x4.mul
       f32x4.add
       f32x4.add
       local.set $15
       local.get $10
       local.get $31
       v128.load offset=48
       local.get $23
       f32x4.mul
       local.get $1
       v128.load offset=48
       local.get $24
       f32x4.mul
       f32x4.add
       f32x4.add
       local.set $10
       local.get $9
       i32.const 128
       i32.add
       local.set $9
       local.get $1
       i32.const 128
       i32.add
       local.set $1
       local.get $12
       i32.const 2
       i32.add
       local.set $12
       br $for-loop|1
      end
     end
     local.get $2
     local.get $12
     i32.gt_u
     if
      local.get $9
      v128.load
      local.get $0
      local.get $12
      i32.const 2
      i32.shl
      i32.add
      v128.load32_splat
      local.tee $23
      f32x4.mul
      local.get $14
      f32x4.add
      local.set $14
      local.get $1
      v128.load
      local.get $23
      f32x4.mul
      local.get $16
      f32x4.add
      local.set $16
      local.get $9
      v128.load offset=16
      local.get $23
      f32x4.mul
      local.get $11
      f32x4.add
      local.set $11
      local.get $1
      v128.load offset=16
      local.get $23
      f32x4.mul
      local.get $17
      f32x4.add
      local.set $17
      local.get $1
      v128.load offset=32
      local.get $23
      f32x4.mul
      local.get $18
      f32x4.add
      local.set $18
      local.get $9
      v128.load offset=48
      local.get $23
      f32x4.mul
      local.get $15
      f32x4.add
      local.set $15
      local.get $1
      v128.load offset=48
      local.get $23
      f32x4.mul
      local.get $10
      f32x4.add
      local.set $10
      local.get $9
      v128.load offset=32
      local.get $23
      f32x4.mul
      local.get $8
      f32x4.add
      local.set $8
     end
     local.get $5
     local.get $19
     i32.const 6
     i32.shl
     i32.add
     local.set $1
     local.get $5
     local.get $25
     i32.const 6
     i32.shl
     i32.add
     local.set $9
     block $kernels-as/assembly/simd/storeLanes|inlined.0
      local.get $26
      i32.const 4
      i32.ge_s
      if
       local.get $1
       local.get $14
       v128.store
       br $kernels-as/assembly/simd/storeLanes|inlined.0
      end
      local.get $26
      i32.const 0
      i32.gt_s
      if
       local.get $1
       local.get $14
       f32x4.extract_lane 0
       f32.store
      end
      local.get $26
      i32.const 1
      i32.gt_s
      if
       local.get $1
       local.get $14
       f32x4.extract_lane 1
       f32.store offset=4
      end
      local.get $26
      i32.const 2
      i32.gt_s
      if
       local.get $1
       local.get $14
       f32x4.extract_lane 2
       f32.store offset=8
      end
     end
     block $kernels-as/assembly/simd/storeLanes|inlined.1
      local.get $26
      i32.const 4
      i32.sub
      local.tee $12
      i32.const 4
      i32.ge_s
      if
       local.get $1
       local.get $11
       v128.store offset=16
       br $kernels-as/assembly/simd/storeLanes|inlined.1
      end
      local.get $12
      i32.const 0
      i32.gt_s
      if
       local.get $1
       local.get $11
       f32x4.extract_lane 0
       f32.store offset=16
      end
      local.get $12
      i32.const 1
      i32.gt_s
      if
       local.get $1
       local.get $11
       f32x4.extract_lane 1
       f32.store offset=20
      end
      local.get $12
      i32.const 2
      i32.gt_s
      if
       local.get $1
       local.get $11
       f32x4.extract_lane 2
       f32.store offset=24
      end
     end
     block $kernels-as/assembly/simd/storeLanes|inlined.2
      local.get $26
      i32.const 8
      i32.sub
      local.tee $12
      i32.const 4
      i32.ge_s
      if
       local.get $1
       local.get $8
       v128.store offset=32
       br $kernels-as/assembly/simd/storeLanes|inlined.2
      end
      local.get $12
      i32.const 0
      i32.gt_s
      if
       local.get $1
       local.get $8
       f32x4.extract_lane 0
       f32.store offset=32
      end
      local.get $12
      i32.const 1
      i32.gt_s
      if
       local.get $1
       local.get $8
       f32x4.extract_lane 1
       f32.store offset=36
      end
      local.get $12
      i32.const 2
      i32.gt_s
      if
       local.get $1
       local.get $8
       f32x4.extract_lane 2
       f32.store offset=40
      end
     end
     block $kernels-as/assembly/simd/storeLanes|inlined.3
      local.get $26
      i32.const 12
      i32.sub
      local.tee $12
      i32.const 4
      i32.ge_s
      if
       local.get $1
       local.get $15
       v128.store offset=48
       br $kernels-as/assembly/simd/storeLanes|inlined.3
      end
      local.get $12
      i32.const 0
      i32.gt_s
      if
       local.get $1
       local.get $15
       f32x4.extract_lane 0
       f32.store offset=48
      end
      local.get $12
      i32.const 1
      i32.gt_s
      if
       local.get $1
       local.get $15
       f32x4.extract_lane 1
       f32.store offset=52
      end
      local.get $12
      i32.const 2
      i32.gt_s
      if
       local.get $1
       local.get $15
       f32x4.extract_lane 2
       f32.store offset=56
      end
     end
     block $kernels-as/assembly/simd/storeLanes|inlined.4
      local.get $27
      i32.const 4
      i32.ge_s
      if
       local.get $9
       local.get $16
       v128.store
       br $kernels-as/assembly/simd/storeLanes|inlined.4
      end
      local.get $27
      i32.const 0
      i32.gt_s
      if
       local.get $9
       local.get $16
       f32x4.extract_lane 0
       f32.store
      end
      local.get $27
      i32.const 1
      i32.gt_s
      if
       local.get $9
       local.get $16
       f32x4.extract_lane 1
       f32.store offset=4
      end
      local.get $27
      i32.const 2
      i32.gt_s
      if
       local.get $9
       local.get $16
       f32x4.extract_lane 2
       f32.store offset=8
      end
     end
     block $kernels-as/assembly/simd/storeLanes|inlined.5
      local.get $27
      i32.const 4
      i32.sub
      local.tee $1
      i32.const 4
      i32.ge_s
      if
       local.get $9
       local.get $17
       v128.store offset=16
       br $kernels-as/assembly/simd/storeLanes|inlined.5
      end
      local.get $1
      i32.const 0
      i32.gt_s
      if
       local.get $9
       local.get $17
       f32x4.extract_lane 0
       f32.store offset=16
      end
      local.get $1
      i32.const 1
      i32.gt_s
      if
       local.get $9
       local.get $17
       f32x4.extract_lane 1
       f32.store offset=20
      end
      local.get $1
      i32.const 2
      i32.gt_s
      if
       local.get $9
       local.get $17
       f32x4.extract_lane 2
       f32.store offset=24
      end
     end
     block $kernels-as/assembly/simd/storeLanes|inlined.6
      local.get $27
      i32.const 8
      i32.sub
      local.tee $1
      i32.const 4
      i32.ge_s
      if
       local.get $9
       local.get $18
       v128.store offset=32
       br $kernels-as/assembly/simd/storeLanes|inlined.6
      end
      local.get $1
      i32.const 0
      i32.gt_s
      if
       local.get $9
       local.get $18
       f32x4.extract_lane 0
       f32.store offset=32
      end
      local.get $1
      i32.const 1
      i32.gt_s
      if
       local.get $9
       local.get $18
       f32x4.extract_lane 1
       f32.store offset=36
      end
      local.get $1
      i32.const 2
      i32.gt_s
      if
       local.get $9
       local.get $18
       f32x4.extract_lane 2
       f32.store offset=40
      end
     end
     block $kernels-as/assembly/simd/storeLanes|inlined.7
      local.get $27
      i32.const 12
      i32.sub
      local.tee $1
      i32.const 4
      i32.ge_s
      if
       local.get $9
       local.get $10
       v128.store offset=48
       br $kernels-as/assembly/simd/storeLanes|inlined.7
      end
      local.get $1
      i32.const 0
      i32.gt_s
      if
       local.get $9
       local.get $10
       f32x4.extract_lane 0
       f32.store offset=48
      end
      local.get $1
      i32.const 1
      i32.gt_s
      if
       local.get $9
       local.get $10
       f32x4.extract_lane 1
       f32.store offset=52
      end
      local.get $1
      i32.const 2
      i32.gt_s
      if
       local.get $9
       local.get $10
       f32x4.extract_lane 2
       f32.store offset=56
      end
     end
     local.get $20
     i32.const 1
     i32.add
     local.set $20
     br $for-loop|0
    end
   end
   local.get $7
   local.get $6
   i32.sub
   i32.const 1
   i32.and
   if
    local.get $0
    local.set $1
    local.get $5
    local.get $7
    i32.const 1
    i32.sub
    local.tee $0
    i32.const 6
    i32.shl
    i32.add
    local.set $5
    i32.const 16
    local.get $3
    local.get $0
    i32.const 4
    i32.shl
    i32.sub
    local.tee $3
    local.get $3
    i32.const 16
    i32.gt_s
    select
    local.set $6
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $14
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $11
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $8
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $15
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $16
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $17
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $18
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $10
    local.get $4
    local.get $0
    local.get $21
    i32.mul
    i32.add
    local.tee $0
    local.get $2
    i32.const 6
    i32.shl
    i32.add
    i32.const 4
    i32.sub
    local.set $7
    local.get $2
    local.set $3
    local.get $0
    local.tee $2
    local.get $3
    i32.const 6
    i32.shl
    i32.add
    i32.const 4
    i32.sub
    local.set $9
    i32.const 0
    local.set $4
    loop $for-loop|2
     local.get $4
     i32.const 2
     i32.add
     local.get $3
     i32.le_u
     if
      local.get $4
      i32.const 31
      i32.and
      i32.eqz
      if
       local.get $0
       i32.const 1024
       i32.add
       local.tee $12
       local.get $7
       local.get $7
       local.get $12
       i32.gt_u
       select
       i32.load
       drop
       local.get $2
       i32.const 1024
       i32.add
       local.tee $12
       local.get $9
       local.get $9
       local.get $12
       i32.gt_u
       select
       i32.load
       drop
      end
      local.get $14
      local.get $0
      i32.const -64
      i32.sub
      local.tee $12
      v128.load
      local.get $1
      local.get $4
      i32.const 2
      i32.shl
      i32.add
      local.tee $13
      v128.load32_splat offset=4
      local.tee $23
      f32x4.mul
      local.get $0
      v128.load
      local.get $13
      v128.load32_splat
      local.tee $24
      f32x4.mul
      f32x4.add
      f32x4.add
      local.set $14
      local.get $16
      local.get $2
      i32.const -64
      i32.sub
      local.tee $13
      v128.load
      local.get $23
      f32x4.mul
      local.get $2
      v128.load
      local.get $24
      f32x4.mul
      f32x4.add
      f32x4.add
      local.set $16
      local.get $11
      local.get $12
      v128.load offset=16
      local.get $23
      f32x4.mul
      local.get $0
      v128.load offset=16
      local.get $24
      f32x4.mul
      f32x4.add
      f32x4.add
      local.set $11
      local.get $17
      local.get $13
      v128.load offset=16
      local.get $23
      f32x4.mul
      local.get $2
      v128.load offset=16
      local.get $24
      f32x4.mul
      f32x4.add
      f32x4.add
      local.set $17
      local.get $8
      local.get $12
      v128.load offset=32
      local.get $23
      f32x4.mul
      local.get $0
      v128.load offset=32
      local.get $24
      f32x4.mul
      f32x4.add
      f32x4.add
      local.set $8
      local.get $18
      local.get $13
      v128.load offset=32
      local.get $23
      f32x4.mul
      local.get $2
      v128.load offset=32
      local.get $24
      f32x4.mul
      f32x4.add
      f32x4.add
      local.set $18
      local.get $15
      local.get $12
      v128.load offset=48
      local.get $23
      f32x4.mul
      local.get $0
      v128.load offset=48
      local.get $24
      f32x4.mul
      f32x4.add
      f32x4.add
      local.set $15
      local.get $10
      local.get $13
      v128.load offset=48
      local.get $23
      f32x4.mul
      local.get $2
      v128.load offset=48
      local.get $24
      f32x4.mul
      f32x4.add
      f32x4.add
      local.set $10
      local.get $0
      i32.const 128
      i32.add
      local.set $0
      local.get $2
      i32.const 128
      i32.add
      local.set $2
      local.get $4
      i32.const 2
      i32.add
      local.set $4
      br $for-loop|2
     end
    end
    local.get $3
    local.get $4
    i32.gt_u
    if
     local.get $0
     v128.load
     local.get $1
     local.get $4
     i32.const 2
     i32.shl
     i32.add
     v128.load32_splat
     local.tee $23
     f32x4.mul
     local.get $14
     f32x4.add
     local.set $14
     local.get $2
     v128.load
     local.get $23
     f32x4.mul
     local.get $16
     f32x4.add
     local.set $16
     local.get $0
     v128.load offset=16
     local.get $23
     f32x4.mul
     local.get $11
     f32x4.add
     local.set $11
     local.get $2
     v128.load offset=16
     local.get $23
     f32x4.mul
     local.get $17
     f32x4.add
     local.set $17
     local.get $2
     v128.load offset=32
     local.get $23
     f32x4.mul
     local.get $18
     f32x4.add
     local.set $18
     local.get $0
     v128.load offset=48
     local.get $23
     f32x4.mul
     local.get $15
     f32x4.add
     local.set $15
     local.get $2
     v128.load offset=48
     local.get $23
     f32x4.mul
     local.get $10
     f32x4.add
     local.set $10
     local.get $0
     v128.load offset=32
     local.get $23
     f32x4.mul
     local.get $8
     f32x4.add
     local.set $8
    end
    block $kernels-as/assembly/simd/storeLanes|inlined.8
     local.get $6
     i32.const 4
     i32.ge_s
     if
      local.get $5
      local.get $14
      v128.store
      br $kernels-as/assembly/simd/storeLanes|inlined.8
     end
     local.get $6
     i32.const 0
     i32.gt_s
     if
      local.get $5
      local.get $14
      f32x4.extract_lane 0
      f32.store
     end
     local.get $6
     i32.const 1
     i32.gt_s
     if
      local.get $5
      local.get $14
      f32x4.extract_lane 1
      f32.store offset=4
     end
     local.get $6
     i32.const 2
     i32.gt_s
     if
      local.get $5
      local.get $14
      f32x4.extract_lane 2
      f32.store offset=8
     end
    end
    block $kernels-as/assembly/simd/storeLanes|inlined.9
     local.get $6
     i32.const 4
     i32.sub
     local.tee $0
     i32.const 4
     i32.ge_s
     if
      local.get $5
      local.get $11
      v128.store offset=16
      br $kernels-as/assembly/simd/storeLanes|inlined.9
     end
     local.get $0
     i32.const 0
     i32.gt_s
     if
      local.get $5
      local.get $11
      f32x4.extract_lane 0
      f32.store offset=16
     end
     local.get $0
     i32.const 1
     i32.gt_s
     if
      local.get $5
      local.get $11
      f32x4.extract_lane 1
      f32.store offset=20
     end
     local.get $0
     i32.const 2
     i32.gt_s
     if
      local.get $5
      local.get $11
      f32x4.extract_lane 2
      f32.store offset=24
     end
    end
    block $kernels-as/assembly/simd/storeLanes|inlined.10
     local.get $6
     i32.const 8
     i32.sub
     local.tee $0
     i32.const 4
     i32.ge_s
     if
      local.get $5
      local.get $8
      v128.store offset=32
      br $kernels-as/assembly/simd/storeLanes|inlined.10
     end
     local.get $0
     i32.const 0
     i32.gt_s
     if
      local.get $5
      local.get $8
      f32x4.extract_lane 0
      f32.store offset=32
     end
     local.get $0
     i32.const 1
     i32.gt_s
     if
      local.get $5
      local.get $8
      f32x4.extract_lane 1
      f32.store offset=36
     end
     local.get $0
     i32.const 2
     i32.gt_s
     if
      local.get $5
      local.get $8
      f32x4.extract_lane 2
      f32.store offset=40
     end
    end
    block $kernels-as/assembly/simd/storeLanes|inlined.11
     local.get $6
     i32.const 12
     i32.sub
     local.tee $0
     i32.const 4
     i32.ge_s
     if
      local.get $5
      local.get $15
      v128.store offset=48
      br $kernels-as/assembly/simd/storeLanes|inlined.11
     end
     local.get $0
     i32.const 0
     i32.gt_s
     if
      local.get $5
      local.get $15
      f32x4.extract_lane 0
      f32.store offset=48
     end
     local.get $0
     i32.const 1
     i32.gt_s
     if
      local.get $5
      local.get $15
      f32x4.extract_lane 1
      f32.store offset=52
     end
     local.get $0
     i32.const 2
     i32.gt_s
     if
      local.get $5
      local.get $15
      f32x4.extract_lane 2
      f32.store offset=56
     end
    end
    block $kernels-as/assembly/simd/storeLanes|inlined.12
     local.get $6
     i32.const 4
     i32.ge_s
     if
      local.get $5
      local.get $16
      v128.store
      br $kernels-as/assembly/simd/storeLanes|inlined.12
     end
     local.get $6
     i32.const 0
     i32.gt_s
     if
      local.get $5
      local.get $16
      f32x4.extract_lane 0
      f32.store
     end
     local.get $6
     i32.const 1
     i32.gt_s
     if
      local.get $5
      local.get $16
      f32x4.extract_lane 1
      f32.store offset=4
     end
     local.get $6
     i32.const 2
     i32.gt_s
     if
      local.get $5
      local.get $16
      f32x4.extract_lane 2
      f32.store offset=8
     end
    end
    block $kernels-as/assembly/simd/storeLanes|inlined.13
     local.get $6
     i32.const 4
     i32.sub
     local.tee $0
     i32.const 4
     i32.ge_s
     if
      local.get $5
      local.get $17
      v128.store offset=16
      br $kernels-as/assembly/simd/storeLanes|inlined.13
     end
     local.get $0
     i32.const 0
     i32.gt_s
     if
      local.get $5
      local.get $17
      f32x4.extract_lane 0
      f32.store offset=16
     end
     local.get $0
     i32.const 1
     i32.gt_s
     if
      local.get $5
      local.get $17
      f32x4.extract_lane 1
      f32.store offset=20
     end
     local.get $0
     i32.const 2
     i32.gt_s
     if
      local.get $5
      local.get $17
      f32x4.extract_lane 2
      f32.store offset=24
     end
    end
    block $kernels-as/assembly/simd/storeLanes|inlined.14
     local.get $6
     i32.const 8
     i32.sub
     local.tee $0
     i32.const 4
     i32.ge_s
     if
      local.get $5
      local.get $18
      v128.store offset=32
      br $kernels-as/assembly/simd/storeLanes|inlined.14
     end
     local.get $0
     i32.const 0
     i32.gt_s
     if
      local.get $5
      local.get $18
      f32x4.extract_lane 0
      f32.store offset=32
     end
     local.get $0
     i32.const 1
     i32.gt_s
     if
      local.get $5
      local.get $18
      f32x4.extract_lane 1
      f32.store offset=36
     end
     local.get $0
     i32.const 2
     i32.gt_s
     if
      local.get $5
      local.get $18
      f32x4.extract_lane 2
      f32.store offset=40
     end
    end
    block $kernels-as/assembly/simd/storeLanes|inlined.15
     local.get $6
     i32.const 12
     i32.sub
     local.tee $0
     i32.const 4
     i32.ge_s
     if
      local.get $5
      local.get $10
      v128.store offset=48
      br $kernels-as/assembly/simd/storeLanes|inlined.15
     end
     local.get $0
     i32.const 0
     i32.gt_s
     if
      local.get $5
      local.get $10
      f32x4.extract_lane 0
      f32.store offset=48
     end
     local.get $0
     i32.const 1
     i32.gt_s
     if
      local.get $5
      local.get $10
      f32x4.extract_lane 1
      f32.store offset=52
     end
     local.get $0
     i32.const 2
     i32.gt_s
     if
      local.get $5
      local.get $10
      f32x4.extract_lane 2
      f32.store offset=56
     end
    end
   end
   return
  end
  local.get $6
  local.set $9
  loop $for-loop|3
   local.get $7
   local.get $9
   i32.gt_s
   if
    local.get $4
    local.get $9
    local.get $21
    i32.mul
    i32.add
    local.set $25
    i32.const 0
    local.set $20
    loop $for-loop|4
     local.get $1
     local.get $20
     i32.gt_s
     if
      local.get $20
      i32.const 1
      i32.add
      local.get $1
      i32.lt_s
      if
       i32.const 16
       local.get $3
       local.get $9
       i32.const 4
       i32.shl
       local.tee $6
       i32.sub
       local.tee $12
       local.get $12
       i32.const 16
       i32.gt_s
       select
       local.set $12
       local.get $5
       local.get $3
       local.get $20
       i32.mul
       local.get $6
       i32.add
       i32.const 2
       i32.shl
       i32.add
       local.tee $26
       local.get $3
       i32.const 2
       i32.shl
       i32.add
       local.set $27
       i32.const 0
       local.set $19
       loop $for-loop|5
        local.get $19
        i32.const 0
        i32.le_s
        if
         local.get $2
         i64.extend_i32_s
         local.tee $22
         local.get $19
         i64.extend_i32_s
         i64.mul
         i32.wrap_i64
         local.tee $13
         local.get $19
         i32.const 1
         i32.add
         i64.extend_i32_s
         local.get $22
         i64.mul
         i32.wrap_i64
         local.tee $28
         i32.ne
         if
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $14
          local.get $0
          local.get $2
          local.get $20
          i32.mul
          local.get $13
          i32.add
          i32.const 2
          i32.shl
          i32.add
          local.tee $29
          local.get $2
          i32.const 2
          i32.shl
          i32.add
          local.set $30
          local.get $25
          local.get $13
          i32.const 6
          i32.shl
          i32.add
          local.set $6
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $11
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $8
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $15
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $16
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $17
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $18
          local.get $13
          i32.const 0
          i32.gt_s
          if (result v128)
           block $kernels-as/assembly/simd/loadLanes|inlined.0 (result v128)
            local.get $12
            i32.const 4
            i32.ge_s
            if
             local.get $26
             v128.load
             br $kernels-as/assembly/simd/loadLanes|inlined.0
            end
            local.get $12
            i32.const 0
            i32.gt_s
            if (result v128)
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.get $26
             f32.load
             f32x4.replace_lane 0
            else
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            end
            local.set $8
            local.get $12
            i32.const 1
            i32.gt_s
            if
             local.get $8
             local.get $26
             f32.load offset=4
             f32x4.replace_lane 1
             local.set $8
            end
            local.get $12
            i32.const 2
            i32.gt_s
            if (result v128)
             local.get $8
             local.get $26
             f32.load offset=8
             f32x4.replace_lane 2
            else
             local.get $8
            end
           end
           local.set $14
           block $kernels-as/assembly/simd/loadLanes|inlined.1 (result v128)
            local.get $12
            i32.const 4
            i32.sub
            local.tee $31
            i32.const 4
            i32.ge_s
            if
             local.get $26
             v128.load offset=16
             br $kernels-as/assembly/simd/loadLanes|inlined.1
            end
            local.get $31
            i32.const 0
            i32.gt_s
            if (result v128)
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.get $26
             f32.load offset=16
             f32x4.replace_lane 0
            else
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            end
            local.set $8
            local.get $31
            i32.const 1
            i32.gt_s
            if
             local.get $8
             local.get $26
             f32.load offset=20
             f32x4.replace_lane 1
             local.set $8
            end
            local.get $31
            i32.const 2
            i32.gt_s
            if (result v128)
             local.get $8
             local.get $26
             f32.load offset=24
             f32x4.replace_lane 2
            else
             local.get $8
            end
           end
           local.set $11
           block $kernels-as/assembly/simd/loadLanes|inlined.2 (result v128)
            local.get $12
            i32.const 8
            i32.sub
            local.tee $31
            i32.const 4
            i32.ge_s
            if
             local.get $26
             v128.load offset=32
             br $kernels-as/assembly/simd/loadLanes|inlined.2
            end
            local.get $31
            i32.const 0
            i32.gt_s
            if (result v128)
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.get $26
             f32.load offset=32
             f32x4.replace_lane 0
            else
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            end
            local.set $8
            local.get $31
            i32.const 1
            i32.gt_s
            if
             local.get $8
             local.get $26
             f32.load offset=36
             f32x4.replace_lane 1
             local.set $8
            end
            local.get $31
            i32.const 2
            i32.gt_s
            if (result v128)
             local.get $8
             local.get $26
             f32.load offset=40
             f32x4.replace_lane 2
            else
             local.get $8
            end
           end
           local.set $8
           block $kernels-as/assembly/simd/loadLanes|inlined.3 (result v128)
            local.get $12
            i32.const 12
            i32.sub
            local.tee $31
            i32.const 4
            i32.ge_s
            if
             local.get $26
             v128.load offset=48
             br $kernels-as/assembly/simd/loadLanes|inlined.3
            end
            local.get $31
            i32.const 0
            i32.gt_s
            if (result v128)
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.get $26
             f32.load offset=48
             f32x4.replace_lane 0
            else
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            end
            local.set $10
            local.get $31
            i32.const 1
            i32.gt_s
            if
             local.get $10
             local.get $26
             f32.load offset=52
             f32x4.replace_lane 1
             local.set $10
            end
            local.get $31
            i32.const 2
            i32.gt_s
            if (result v128)
             local.get $10
             local.get $26
             f32.load offset=56
             f32x4.replace_lane 2
            else
             local.get $10
            end
           end
           local.set $15
           block $kernels-as/assembly/simd/loadLanes|inlined.4 (result v128)
            local.get $12
            i32.const 4
            i32.ge_s
            if
             local.get $27
             v128.load
             br $kernels-as/assembly/simd/loadLanes|inlined.4
            end
            local.get $12
            i32.const 0
            i32.gt_s
            if (result v128)
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.get $27
             f32.load
             f32x4.replace_lane 0
            else
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            end
            local.set $10
            local.get $12
            i32.const 1
            i32.gt_s
            if
             local.get $10
             local.get $27
             f32.load offset=4
             f32x4.replace_lane 1
             local.set $10
            end
            local.get $12
            i32.const 2
            i32.gt_s
            if (result v128)
             local.get $10
             local.get $27
             f32.load offset=8
             f32x4.replace_lane 2
            else
             local.get $10
            end
           end
           local.set $16
           block $kernels-as/assembly/simd/loadLanes|inlined.5 (result v128)
            local.get $12
            i32.const 4
            i32.sub
            local.tee $31
            i32.const 4
            i32.ge_s
            if
             local.get $27
             v128.load offset=16
             br $kernels-as/assembly/simd/loadLanes|inlined.5
            end
            local.get $31
            i32.const 0
            i32.gt_s
            if (result v128)
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.get $27
             f32.load offset=16
             f32x4.replace_lane 0
            else
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            end
            local.set $10
            local.get $31
            i32.const 1
            i32.gt_s
            if
             local.get $10
             local.get $27
             f32.load offset=20
             f32x4.replace_lane 1
             local.set $10
            end
            local.get $31
            i32.const 2
            i32.gt_s
            if (result v128)
             local.get $10
             local.get $27
             f32.load offset=24
             f32x4.replace_lane 2
            else
             local.get $10
            end
           end
           local.set $17
           block $kernels-as/assembly/simd/loadLanes|inlined.6 (result v128)
            local.get $12
            i32.const 8
            i32.sub
            local.tee $31
            i32.const 4
            i32.ge_s
            if
             local.get $27
             v128.load offset=32
             br $kernels-as/assembly/simd/loadLanes|inlined.6
            end
            local.get $31
            i32.const 0
            i32.gt_s
            if (result v128)
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.get $27
             f32.load offset=32
             f32x4.replace_lane 0
            else
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            end
            local.set $10
            local.get $31
            i32.const 1
            i32.gt_s
            if
             local.get $10
             local.get $27
             f32.load offset=36
             f32x4.replace_lane 1
             local.set $10
            end
            local.get $31
            i32.const 2
            i32.gt_s
            if (result v128)
             local.get $10
             local.get $27
             f32.load offset=40
             f32x4.replace_lane 2
            else
             local.get $10
            end
           end
           local.set $18
           block $kernels-as/assembly/simd/loadLanes|inlined.7 (result v128)
            local.get $12
            i32.const 12
            i32.sub
            local.tee $31
            i32.const 4
            i32.ge_s
            if
             local.get $27
             v128.load offset=48
             br $kernels-as/assembly/simd/loadLanes|inlined.7
            end
            local.get $31
            i32.const 0
            i32.gt_s
            if (result v128)
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.get $27
             f32.load offset=48
             f32x4.replace_lane 0
            else
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            end
            local.set $10
            local.get $31
            i32.const 1
            i32.gt_s
            if
             local.get $10
             local.get $27
             f32.load offset=52
             f32x4.replace_lane 1
             local.set $10
            end
            local.get $31
            i32.const 2
            i32.gt_s
            if (result v128)
             local.get $10
             local.get $27
             f32.load offset=56
             f32x4.replace_lane 2
            else
             local.get $10
            end
           end
          else
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          end
          local.set $10
          local.get $6
          local.get $28
          local.get $13
          i32.sub
          local.tee $28
          i32.const 6
          i32.shl
          i32.add
          i32.const 4
          i32.sub
          local.set $31
          i32.const 0
          local.set $13
          loop $for-loop|7
           local.get $13
           local.get $28
           i32.lt_u
           if
            local.get $13
            i32.const 31
            i32.and
            i32.eqz
            if
             local.get $6
             i32.const 1024
             i32.add
             local.tee $32
             local.get $31
             local.get $31
             local.get $32
             i32.gt_u
             select
             i32.load
             drop
            end
            local.get $6
            v128.load
            local.tee $33
            local.get $13
            i32.const 2
            i32.shl
            local.tee $32
            local.get $29
            i32.add
            v128.load32_splat
            local.tee $24
            f32x4.mul
            local.get $14
            f32x4.add
            local.set $14
            local.get $6
            v128.load offset=16
            local.tee $34
            local.get $24
            f32x4.mul
            local.get $11
            f32x4.add
            local.set $11
            local.get $6
            v128.load offset=32
            local.tee $35
            local.get $24
            f32x4.mul
            local.get $8
            f32x4.add
            local.set $8
            local.get $6
            v128.load offset=48
            local.tee $23
            local.get $24
            f32x4.mul
            local.get $15
            f32x4.add
            local.set $15
            local.get $33
            local.get $30
            local.get $32
            i32.add
            v128.load32_splat
            local.tee $24
            f32x4.mul
            local.get $16
            f32x4.add
            local.set $16
            local.get $34
            local.get $24
            f32x4.mul
            local.get $17
            f32x4.add
            local.set $17
            local.get $35
            local.get $24
            f32x4.mul
            local.get $18
            f32x4.add
            local.set $18
            local.get $23
            local.get $24
            f32x4.mul
            local.get $10
            f32x4.add
            local.set $10
            local.get $6
            i32.const -64
            i32.sub
            local.set $6
            local.get $13
            i32.const 1
            i32.add
            local.set $13
            br $for-loop|7
           end
          end
          block $kernels-as/assembly/simd/storeLanes|inlined.16
           local.get $12
           i32.const 4
           i32.ge_s
           if
            local.get $26
            local.get $14
            v128.store
            br $kernels-as/assembly/simd/storeLanes|inlined.16
           end
           local.get $12
           i32.const 0
           i32.gt_s
           if
            local.get $26
            local.get $14
            f32x4.extract_lane 0
            f32.store
           end
           local.get $12
           i32.const 1
           i32.gt_s
           if
            local.get $26
            local.get $14
            f32x4.extract_lane 1
            f32.store offset=4
           end
           local.get $12
           i32.const 2
           i32.gt_s
           if
            local.get $26
            local.get $14
            f32x4.extract_lane 2
            f32.store offset=8
           end
          end
          block $kernels-as/assembly/simd/storeLanes|inlined.17
           local.get $12
           i32.const 4
           i32.sub
           local.tee $6
           i32.const 4
           i32.ge_s
           if
            local.get $26
            local.get $11
            v128.store offset=16
            br $kernels-as/assembly/simd/storeLanes|inlined.17
           end
           local.get $6
           i32.const 0
           i32.gt_s
           if
            local.get $26
            local.get $11
            f32x4.extract_lane 0
            f32.store offset=16
           end
           local.get $6
           i32.const 1
           i32.gt_s
           if
            local.get $26
            local.get $11
            f32x4.extract_lane 1
            f32.store offset=20
           end
           local.get $6
           i32.const 2
           i32.gt_s
           if
            local.get $26
            local.get $11
            f32x4.extract_lane 2
            f32.store offset=24
           end
          end
          block $kernels-as/assembly/simd/storeLanes|inlined.18
           local.get $12
           i32.const 8
           i32.sub
           local.tee $6
           i32.const 4
           i32.ge_s
           if
            local.get $26
            local.get $8
            v128.store offset=32
            br $kernels-as/assembly/simd/storeLanes|inlined.18
           end
           local.get $6
           i32.const 0
           i32.gt_s
           if
            local.get $26
            local.get $8
            f32x4.extract_lane 0
            f32.store offset=32
           end
           local.get $6
           i32.const 1
           i32.gt_s
           if
            local.get $26
            local.get $8
            f32x4.extract_lane 1
            f32.store offset=36
           end
           local.get $6
           i32.const 2
           i32.gt_s
           if
            local.get $26
            local.get $8
            f32x4.extract_lane 2
            f32.store offset=40
           end
          end
          block $kernels-as/assembly/simd/storeLanes|inlined.19
           local.get $12
           i32.const 12
           i32.sub
           local.tee $6
           i32.const 4
           i32.ge_s
           if
            local.get $26
            local.get $15
            v128.store offset=48
            br $kernels-as/assembly/simd/storeLanes|inlined.19
           end
           local.get $6
           i32.const 0
           i32.gt_s
           if
            local.get $26
            local.get $15
            f32x4.extract_lane 0
            f32.store offset=48
           end
           local.get $6
           i32.const 1
           i32.gt_s
           if
            local.get $26
            local.get $15
            f32x4.extract_lane 1
            f32.store offset=52
           end
           local.get $6
           i32.const 2
           i32.gt_s
           if
            local.get $26
            local.get $15
            f32x4.extract_lane 2
            f32.store offset=56
           end
          end
          block $kernels-as/assembly/simd/storeLanes|inlined.20
           local.get $12
           i32.const 4
           i32.ge_s
           if
            local.get $27
            local.get $16
            v128.store
            br $kernels-as/assembly/simd/storeLanes|inlined.20
           end
           local.get $12
           i32.const 0
           i32.gt_s
           if
            local.get $27
            local.get $16
            f32x4.extract_lane 0
            f32.store
           end
           local.get $12
           i32.const 1
           i32.gt_s
           if
            local.get $27
            local.get $16
            f32x4.extract_lane 1
            f32.store offset=4
           end
           local.get $12
           i32.const 2
           i32.gt_s
           if
            local.get $27
            local.get $16
            f32x4.extract_lane 2
            f32.store offset=8
           end
          end
          block $kernels-as/assembly/simd/storeLanes|inlined.21
           local.get $12
           i32.const 4
           i32.sub
           local.tee $6
           i32.const 4
           i32.ge_s
           if
            local.get $27
            local.get $17
            v128.store offset=16
            br $kernels-as/assembly/simd/storeLanes|inlined.21
           end
           local.get $6
           i32.const 0
           i32.gt_s
           if
            local.get $27
            local.get $17
            f32x4.extract_lane 0
            f32.store offset=16
           end
           local.get $6
           i32.const 1
           i32.gt_s
           if
            local.get $27
            local.get $17
            f32x4.extract_lane 1
            f32.store offset=20
           end
           local.get $6
           i32.const 2
           i32.gt_s
           if
            local.get $27
            local.get $17
            f32x4.extract_lane 2
            f32.store offset=24
           end
          end
          block $kernels-as/assembly/simd/storeLanes|inlined.22
           local.get $12
           i32.const 8
           i32.sub
           local.tee $6
           i32.const 4
           i32.ge_s
           if
            local.get $27
            local.get $18
            v128.store offset=32
            br $kernels-as/assembly/simd/storeLanes|inlined.22
           end
           local.get $6
           i32.const 0
           i32.gt_s
           if
            local.get $27
            local.get $18
            f32x4.extract_lane 0
            f32.store offset=32
           end
           local.get $6
           i32.const 1
           i32.gt_s
           if
            local.get $27
            local.get $18
            f32x4.extract_lane 1
            f32.store offset=36
           end
           local.get $6
           i32.const 2
           i32.gt_s
           if
            local.get $27
            local.get $18
            f32x4.extract_lane 2
            f32.store offset=40
           end
          end
          block $kernels-as/assembly/simd/storeLanes|inlined.23
           local.get $12
           i32.const 12
           i32.sub
           local.tee $6
           i32.const 4
           i32.ge_s
           if
            local.get $27
            local.get $10
            v128.store offset=48
            br $kernels-as/assembly/simd/storeLanes|inlined.23
           end
           local.get $6
           i32.const 0
           i32.gt_s
           if
            local.get $27
            local.get $10
            f32x4.extract_lane 0
            f32.store offset=48
           end
           local.get $6
           i32.const 1
           i32.gt_s
           if
            local.get $27
            local.get $10
            f32x4.extract_lane 1
            f32.store offset=52
           end
           local.get $6
           i32.const 2
           i32.gt_s
           if
            local.get $27
            local.get $10
            f32x4.extract_lane 2
            f32.store offset=56
           end
          end
         end
         local.get $19
         i32.const 1
         i32.add
         local.set $19
         br $for-loop|5
        end
       end
      else
       i32.const 16
       local.get $3
       local.get $9
       i32.const 4
       i32.shl
       local.tee $6
       i32.sub
       local.tee $12
       local.get $12
       i32.const 16
       i32.gt_s
       select
       local.set $26
       local.get $5
       local.get $3
       local.get $20
       i32.mul
       local.get $6
       i32.add
       i32.const 2
       i32.shl
       i32.add
       local.set $6
       i32.const 0
       local.set $19
       loop $for-loop|9
        local.get $19
        i32.const 0
        i32.le_s
        if
         local.get $2
         i64.extend_i32_s
         local.tee $22
         local.get $19
         i64.extend_i32_s
         i64.mul
         i32.wrap_i64
         local.tee $13
         local.get $19
         i32.const 1
         i32.add
         i64.extend_i32_s
         local.get $22
         i64.mul
         i32.wrap_i64
         local.tee $27
         i32.ne
         if
          local.get $25
          local.get $13
          i32.const 6
          i32.shl
          i32.add
          local.set $12
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $14
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $16
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $8
          local.get $13
          i32.const 0
          i32.gt_s
          if (result v128)
           block $kernels-as/assembly/simd/loadLanes|inlined.40 (result v128)
            local.get $26
            i32.const 4
            i32.ge_s
            if
             local.get $6
             v128.load
             br $kernels-as/assembly/simd/loadLanes|inlined.40
            end
            local.get $26
            i32.const 0
            i32.gt_s
            if (result v128)
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.get $6
             f32.load
             f32x4.replace_lane 0
            else
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            end
            local.set $8
            local.get $26
            i32.const 1
            i32.gt_s
            if
             local.get $8
             local.get $6
             f32.load offset=4
             f32x4.replace_lane 1
             local.set $8
            end
            local.get $26
            i32.const 2
            i32.gt_s
            if (result v128)
             local.get $8
             local.get $6
             f32.load offset=8
             f32x4.replace_lane 2
            else
             local.get $8
            end
           end
           local.set $14
           block $kernels-as/assembly/simd/loadLanes|inlined.41 (result v128)
            local.get $26
            i32.const 4
            i32.sub
            local.tee $28
            i32.const 4
            i32.ge_s
            if
             local.get $6
             v128.load offset=16
             br $kernels-as/assembly/simd/loadLanes|inlined.41
            end
            local.get $28
            i32.const 0
            i32.gt_s
            if (result v128)
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.get $6
             f32.load offset=16
             f32x4.replace_lane 0
            else
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            end
            local.set $8
            local.get $28
            i32.const 1
            i32.gt_s
            if
             local.get $8
             local.get $6
             f32.load offset=20
             f32x4.replace_lane 1
             local.set $8
            end
            local.get $28
            i32.const 2
            i32.gt_s
            if (result v128)
             local.get $8
             local.get $6
             f32.load offset=24
             f32x4.replace_lane 2
            else
             local.get $8
            end
           end
           local.set $16
           block $kernels-as/assembly/simd/loadLanes|inlined.42 (result v128)
            local.get $26
            i32.const 8
            i32.sub
            local.tee $28
            i32.const 4
            i32.ge_s
            if
             local.get $6
             v128.load offset=32
             br $kernels-as/assembly/simd/loadLanes|inlined.42
            end
            local.get $28
            i32.const 0
            i32.gt_s
            if (result v128)
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.get $6
             f32.load offset=32
             f32x4.replace_lane 0
            else
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            end
            local.set $8
            local.get $28
            i32.const 1
            i32.gt_s
            if
             local.get $8
             local.get $6
             f32.load offset=36
             f32x4.replace_lane 1
             local.set $8
            end
            local.get $28
            i32.const 2
            i32.gt_s
            if (result v128)
             local.get $8
             local.get $6
             f32.load offset=40
             f32x4.replace_lane 2
            else
             local.get $8
            end
           end
           local.set $8
           block $kernels-as/assembly/simd/loadLanes|inlined.43 (result v128)
            local.get $26
            i32.const 12
            i32.sub
            local.tee $28
            i32.const 4
            i32.ge_s
            if
             local.get $6
             v128.load offset=48
             br $kernels-as/assembly/simd/loadLanes|inlined.43
            end
            local.get $28
            i32.const 0
            i32.gt_s
            if (result v128)
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.get $6
             f32.load offset=48
             f32x4.replace_lane 0
            else
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            end
            local.set $10
            local.get $28
            i32.const 1
            i32.gt_s
            if
             local.get $10
             local.get $6
             f32.load offset=52
             f32x4.replace_lane 1
             local.set $10
            end
            local.get $28
            i32.const 2
            i32.gt_s
            if (result v128)
             local.get $10
             local.get $6
             f32.load offset=56
             f32x4.replace_lane 2
            else
             local.get $10
            end
           end
          else
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          end
          local.set $15
          local.get $0
          local.get $2
          local.get $20
          i32.mul
          local.get $13
          i32.add
          i32.const 2
          i32.shl
          i32.add
          local.set $28
          local.get $12
          local.get $27
          local.get $13
          i32.sub
          local.tee $27
          i32.const 6
          i32.shl
          i32.add
          i32.const 4
          i32.sub
          local.set $29
          i32.const 0
          local.set $13
          loop $for-loop|12
           local.get $13
           i32.const 2
           i32.add
           local.get $27
           i32.le_u
           if
            local.get $13
            i32.const 31
            i32.and
            i32.eqz
            if
             local.get $12
             i32.const 1024
             i32.add
             local.tee $30
             local.get $29
             local.get $29
             local.get $30
             i32.gt_u
             select
             i32.load
             drop
            end
            local.get $14
            local.get $12
            i32.const -64
            i32.sub
            local.tee $30
            v128.load
            local.get $28
            local.get $13
            i32.const 2
            i32.shl
            i32.add
            local.tee $31
            v128.load32_splat offset=4
            local.tee $10
            f32x4.mul
            local.get $12
            v128.load
            local.get $31
            v128.load32_splat
            local.tee $11
            f32x4.mul
            f32x4.add
            f32x4.add
            local.set $14
            local.get $16
            local.get $30
            v128.load offset=16
            local.get $10
            f32x4.mul
            local.get $12
            v128.load offset=16
            local.get $11
            f32x4.mul
            f32x4.add
            f32x4.add
            local.set $16
            local.get $8
            local.get $30
            v128.load offset=32
            local.get $10
            f32x4.mul
            local.get $12
            v128.load offset=32
            local.get $11
            f32x4.mul
            f32x4.add
            f32x4.add
            local.set $8
            local.get $15
            local.get $30
            v128.load offset=48
            local.get $10
            f32x4.mul
            local.get $12
            v128.load offset=48
            local.get $11
            f32x4.mul
            f32x4.add
            f32x4.add
            local.set $15
            local.get $12
            i32.const 128
            i32.add
            local.set $12
            local.get $13
            i32.const 2
            i32.add
            local.set $13
            br $for-loop|12
           end
          end
          local.get $13
          local.get $27
          i32.lt_u
          if
           local.get $12
           v128.load
           local.get $28
           local.get $13
           i32.const 2
           i32.shl
           i32.add
           v128.load32_splat
           local.tee $10
           f32x4.mul
           local.get $14
           f32x4.add
           local.set $14
           local.get $12
           v128.load offset=16
           local.get $10
           f32x4.mul
           local.get $16
           f32x4.add
           local.set $16
           local.get $12
           v128.load offset=48
           local.get $10
           f32x4.mul
           local.get $15
           f32x4.add
           local.set $15
           local.get $12
           v128.load offset=32
           local.get $10
           f32x4.mul
           local.get $8
           f32x4.add
           local.set $8
          end
          block $kernels-as/assembly/simd/storeLanes|inlined.36
           local.get $26
           i32.const 4
           i32.ge_s
           if
            local.get $6
            local.get $14
            v128.store
            br $kernels-as/assembly/simd/storeLanes|inlined.36
           end
           local.get $26
           i32.const 0
           i32.gt_s
           if
            local.get $6
            local.get $14
            f32x4.extract_lane 0
            f32.store
           end
           local.get $26
           i32.const 1
           i32.gt_s
           if
            local.get $6
            local.get $14
            f32x4.extract_lane 1
            f32.store offset=4
           end
           local.get $26
           i32.const 2
           i32.gt_s
           if
            local.get $6
            local.get $14
            f32x4.extract_lane 2
            f32.store offset=8
           end
          end
          block $kernels-as/assembly/simd/storeLanes|inlined.37
           local.get $26
           i32.const 4
           i32.sub
           local.tee $12
           i32.const 4
           i32.ge_s
           if
            local.get $6
            local.get $16
            v128.store offset=16
            br $kernels-as/assembly/simd/storeLanes|inlined.37
           end
           local.get $12
           i32.const 0
           i32.gt_s
           if
            local.get $6
            local.get $16
            f32x4.extract_lane 0
            f32.store offset=16
           end
           local.get $12
           i32.const 1
           i32.gt_s
           if
            local.get $6
            local.get $16
            f32x4.extract_lane 1
            f32.store offset=20
           end
           local.get $12
           i32.const 2
           i32.gt_s
           if
            local.get $6
            local.get $16
            f32x4.extract_lane 2
            f32.store offset=24
           end
          end
          block $kernels-as/assembly/simd/storeLanes|inlined.38
           local.get $26
           i32.const 8
           i32.sub
           local.tee $12
           i32.const 4
           i32.ge_s
           if
            local.get $6
            local.get $8
            v128.store offset=32
            br $kernels-as/assembly/simd/storeLanes|inlined.38
           end
           local.get $12
           i32.const 0
           i32.gt_s
           if
            local.get $6
            local.get $8
            f32x4.extract_lane 0
            f32.store offset=32
           end
           local.get $12
           i32.const 1
           i32.gt_s
           if
            local.get $6
            local.get $8
            f32x4.extract_lane 1
            f32.store offset=36
           end
           local.get $12
           i32.const 2
           i32.gt_s
           if
            local.get $6
            local.get $8
            f32x4.extract_lane 2
            f32.store offset=40
           end
          end
          block $kernels-as/assembly/simd/storeLanes|inlined.39
           local.get $26
           i32.const 12
           i32.sub
           local.tee $12
           i32.const 4
           i32.ge_s
           if
            local.get $6
            local.get $15
            v128.store offset=48
            br $kernels-as/assembly/simd/storeLanes|inlined.39
           end
           local.get $12
           i32.const 0
           i32.gt_s
           if
            local.get $6
            local.get $15
            f32x4.extract_lane 0
            f32.store offset=48
           end
           local.get $12
           i32.const 1
           i32.gt_s
           if
            local.get $6
            local.get $15
            f32x4.extract_lane 1
            f32.store offset=52
           end
           local.get $12
           i32.const 2
           i32.gt_s
           if
            local.get $6
            local.get $15
            f32x4.extract_lane 2
            f32.store offset=56
           end
          end
         end
         local.get $19
         i32.const 1
         i32.add
         local.set $19
         br $for-loop|9
        end
       end
      end
      local.get $20
      i32.const 2
      i32.add
      local.set $20
      br $for-loop|4
     end
    end
    local.get $9
    i32.const 1
    i32.add
    local.set $9
    br $for-loop|3
   end
  end
 )
 (func $kernels-as/assembly/gemv_panel16/gemv<u16> (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32)
  (local $8 v128)
  (local $9 v128)
  (local $10 v128)
  (local $11 v128)
  (local $12 i32)
  (local $13 v128)
  (local $14 i32)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 i32)
  (local $19 i32)
  (local $20 i32)
  (local $21 i64)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local $26 i32)
  (local $27 i32)
  (local $28 i32)
  (local $29 v128)
  (local $30 v128)
  (local $31 v128)
  (local $32 v128)
  (local $33 v128)
  (local $34 v128)
  (local $35 v128)
  (local $36 i32)
  (local $37 i32)
  local.get $2
  i32.const 5
  i32.shl
  local.set $20
  local.get $1
  i32.const 1
  i32.eq
  if
   local.get $7
   local.get $6
   i32.sub
   i32.const 1
   i32.shr_s
   local.set $18
   loop $for-loop|0
    local.get $18
    local.get $19
    i32.gt_s
    if
     local.get $4
     local.get $6
     local.get $19
     i32.add
     local.tee $22
     local.get $20
     i32.mul
     i32.add
     local.set $1
     local.get $4
     local.get $6
     local.get $18
     i32.add
     local.get $19
     i32.add
     local.tee $23
     local.get $20
     i32.mul
     i32.add
     local.set $14
     i32.const 16
     local.get $3
     local.get $22
     i32.const 4
     i32.shl
     i32.sub
     local.tee $12
     local.get $12
     i32.const 16
     i32.gt_s
     select
     local.set $24
     i32.const 16
     local.get $3
     local.get $23
     i32.const 4
     i32.shl
     i32.sub
     local.tee $12
     local.get $12
     i32.const 16
     i32.gt_s
     select
     local.set $25
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     local.set $13
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     local.set $10
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     local.set $15
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     local.set $8
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     local.set $16
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     local.set $9
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     local.set $11
     v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
     local.set $17
     local.get $2
     i32.const 5
     i32.shl
     local.tee $12
     local.get $1
     i32.add
     i32.const 4
     i32.sub
     local.set $26
     local.get $12
     local.get $14
     i32.add
     i32.const 4
     i32.sub
     local.set $27
     i32.const 0
     local.set $12
     loop $for-loop|1
      local.get $2
      local.get $12
      i32.gt_u
      if
       local.get $12
       i32.const 63
       i32.and
       i32.eqz
       if
        local.get $1
        i32.const 1024
        i32.add
        local.tee $28
        local.get $26
        local.get $26
        local.get $28
        i32.gt_u
        select
        i32.load
        drop
        local.get $14
        i32.const 1024
        i32.add
        local.tee $28
        local.get $27
        local.get $27
        local.get $28
        i32.gt_u
        select
        i32.load
        drop
       end
       local.get $1
       v128.load
       local.tee $29
       i32.const 16
       i32x4.shl
       local.get $0
       local.get $12
       i32.const 2
       i32.shl
       i32.add
       v128.load32_splat
       local.tee $30
       f32x4.mul
       local.get $13
       f32x4.add
       local.set $13
       local.get $14
       v128.load
       local.tee $31
       i32.const 16
       i32x4.shl
       local.get $30
       f32x4.mul
       local.get $16
       f32x4.add
       local.set $16
       local.get $29
       i32.const 1056
       v128.load
       local.tee $29
       v128.and
       local.get $30
       f32x4.mul
       local.get $10
       f32x4.add
       local.set $10
       local.get $31
       local.get $29
       v128.and
       local.get $30
       f32x4.mul
       local.get $9
       f32x4.add
       local.set $9
       local.get $1
       v128.load offset=16
       local.tee $31
       i32.const 16
       i32x4.shl
       local.get $30
       f32x4.mul
       local.get $15
       f32x4.add
       local.set $15
       local.get $14
       v128.load offset=16
       local.tee $32
       i32.const 16
       i32x4.shl
       local.get $30
       f32x4.mul
       local.get $11
       f32x4.add
       local.set $11
       local.get $31
       local.get $29
       v128.and
       local.get $30
       f32x4.mul
       local.get $8
       f32x4.add
       local.set $8
       local.get $32
       local.get $29
       v128.and
       local.get $30
       f32x4.mul
       local.get $17
       f32x4.add
       local.set $17
       local.get $1
       i32.const 32
       i32.add
       local.set $1
       local.get $14
       i32.const 32
       i32.add
       local.set $14
       local.get $12
       i32.const 1
       i32.add
       local.set $12
       br $for-loop|1
      end
     end
     loop $for-loop|2
      local.get $12
      i32.const 2
      i32.add
      local.get $2
      i32.le_u
      if
       local.get $12
       i32.const 63
       i32.and
       i32.eqz
       if
        local.get $1
        i32.const 1024
        i32.add
        local.tee $28
        local.get $26
        local.get $26
        local.get $28
        i32.gt_u
        select
        i32.load
        drop
        local.get $14
        i32.const 1024
        i32.add
        local.tee $28
        local.get $27
        local.get $27
        local.get $28
        i32.gt_u
        select
        i32.load
        drop
       end
       local.get $0
       local.get $12
       i32.const 2
       i32.shl
       i32.add
       local.tee $28
       v128.load32_splat
       local.set $29
       local.get $13
       local.get $1
       v128.load offset=32
       local.tee $30
       i32.const 16
       i32x4.shl
       local.get $28
       v128.load32_splat offset=4
       local.tee $31
       f32x4.mul
       local.get $1
       v128.load
       local.tee $32
       i32.const 16
       i32x4.shl
       local.get $29
       f32x4.mul
       f32x4.add
       f32x4.add
       local.set $13
       local.get $16
       local.get $14
       v128.load offset=32
       local.tee $33
       i32.const 16
       i32x4.shl
       local.get $31
       f32x4.mul
       local.get $14
       v128.load
       local.tee $34
       i32.const 16
       i32x4.shl
       local.get $29
       f32x4.mul
       f32x4.add
       f32x4.add
       local.set $16
       local.get $10
       local.get $30
       i32.const 1056
       v128.load
       local.tee $30
       v128.and
       local.get $31
       f32x4.mul
       local.get $32
       local.get $30
       v128.and
       local.get $29
       f32x4.mul
       f32x4.add
       f32x4.add
       local.set $10
       local.get $9
       local.get $33
       local.get $30
       v128.and
       local.get $31
       f32x4.mul
       local.get $34
       local.get $30
       v128.and
       local.get $29
       f32x4.mul
       f32x4.add
       f32x4.add
       local.set $9
       local.get $15
       local.get $1
       v128.load offset=48
       local.tee $32
       i32.const 16
       i32x4.shl
       local.get $31
       f32x4.mul
       local.get $1
       v128.load offset=16
       local.tee $33
       i32.const 16
       i32x4.shl
       local.get $29
       f32x4.mul
       f32x4.add
       f32x4.add
       local.set $15
       local.get $11
       local.get $14
       v128.load offset=48
       local.tee $34
       i32.const 16
       i32x4.shl
       local.get $31
       f32x4.mul
       local.get $14
       v128.load offset=16
       local.tee $35
       i32.const 16
       i32x4.shl
       local.get $29
       f32x4.mul
       f32x4.add
       f32x4.add
       local.set $11
       local.get $8
       local.get $32
       local.get $30
       v128.and
       local.get $31
       f32x4.mul
       local.get $33
       local.get $30
       v128.and
       local.get $29
       f32x4.mul
       f32x4.add
       f32x4.add
       local.set $8
       local.get $17
       local.get $34
       local.get $30
       v128.and
       local.get $31
       f32x4.mul
       local.get $35
       local.get $30
       v128.and
       local.get $29
       f32x4.mul
       f32x4.add
       f32x4.add
       local.set $17
       local.get $1
       i32.const -64
       i32.sub
       local.set $1
       local.get $14
       i32.const -64
       i32.sub
       local.set $14
       local.get $12
       i32.const 2
       i32.add
       local.set $12
       br $for-loop|2
      end
     end
     local.get $2
     local.get $12
     i32.gt_u
     if
      local.get $1
      v128.load
      local.tee $29
      i32.const 16
      i32x4.shl
      local.get $0
      local.get $12
      i32.const 2
      i32.shl
      i32.add
      v128.load32_splat
      local.tee $30
      f32x4.mul
      local.get $13
      f32x4.add
      local.set $13
      local.get $14
      v128.load
      local.tee $31
      i32.const 16
      i32x4.shl
      local.get $30
      f32x4.mul
      local.get $16
      f32x4.add
      local.set $16
      local.get $29
      i32.const 1056
      v128.load
      local.tee $29
      v128.and
      local.get $30
      f32x4.mul
      local.get $10
      f32x4.add
      local.set $10
      local.get $31
      local.get $29
      v128.and
      local.get $30
      f32x4.mul
      local.get $9
      f32x4.add
      local.set $9
      local.get $1
      v128.load offset=16
      local.tee $31
      i32.const 16
      i32x4.shl
      local.get $30
      f32x4.mul
      local.get $15
      f32x4.add
      local.set $15
      local.get $14
      v128.load offset=16
      local.tee $32
      i32.const 16
      i32x4.shl
      local.get $30
      f32x4.mul
      local.get $11
      f32x4.add
      local.set $11
      local.get $32
      local.get $29
      v128.and
      local.get $30
      f32x4.mul
      local.get $17
      f32x4.add
      local.set $17
      local.get $31
      local.get $29
      v128.and
      local.get $30
      f32x4.mul
      local.get $8
      f32x4.add
      local.set $8
     end
     local.get $5
     local.get $22
     i32.const 6
     i32.shl
     i32.add
     local.set $1
     local.get $5
     local.get $23
     i32.const 6
     i32.shl
     i32.add
     local.set $12
     block $kernels-as/assembly/simd/storeLanes|inlined.42
      local.get $24
      i32.const 4
      i32.ge_s
      if
       local.get $1
       local.get $13
       v128.store
       br $kernels-as/assembly/simd/storeLanes|inlined.42
      end
      local.get $24
      i32.const 0
      i32.gt_s
      if
       local.get $1
       local.get $13
       f32x4.extract_lane 0
       f32.store
      end
      local.get $24
      i32.const 1
      i32.gt_s
      if
       local.get $1
       local.get $13
       f32x4.extract_lane 1
       f32.store offset=4
      end
      local.get $24
      i32.const 2
      i32.gt_s
      if
       local.get $1
       local.get $13
       f32x4.extract_lane 2
       f32.store offset=8
      end
     end
     block $kernels-as/assembly/simd/storeLanes|inlined.43
      local.get $24
      i32.const 4
      i32.sub
      local.tee $14
      i32.const 4
      i32.ge_s
      if
       local.get $1
       local.get $10
       v128.store offset=16
       br $kernels-as/assembly/simd/storeLanes|inlined.43
      end
      local.get $14
      i32.const 0
      i32.gt_s
      if
       local.get $1
       local.get $10
       f32x4.extract_lane 0
       f32.store offset=16
      end
      local.get $14
      i32.const 1
      i32.gt_s
      if
       local.get $1
       local.get $10
       f32x4.extract_lane 1
       f32.store offset=20
      end
      local.get $14
      i32.const 2
      i32.gt_s
      if
       local.get $1
       local.get $10
       f32x4.extract_lane 2
       f32.store offset=24
      end
     end
     block $kernels-as/assembly/simd/storeLanes|inlined.44
      local.get $24
      i32.const 8
      i32.sub
      local.tee $14
      i32.const 4
      i32.ge_s
      if
       local.get $1
       local.get $15
       v128.store offset=32
       br $kernels-as/assembly/simd/storeLanes|inlined.44
      end
      local.get $14
      i32.const 0
      i32.gt_s
      if
       local.get $1
       local.get $15
       f32x4.extract_lane 0
       f32.store offset=32
      end
      local.get $14
      i32.const 1
      i32.gt_s
      if
       local.get $1
       local.get $15
       f32x4.extract_lane 1
       f32.store offset=36
      end
      local.get $14
      i32.const 2
      i32.gt_s
      if
       local.get $1
       local.get $15
       f32x4.extract_lane 2
       f32.store offset=40
      end
     end
     block $kernels-as/assembly/simd/storeLanes|inlined.45
      local.get $24
      i32.const 12
      i32.sub
      local.tee $14
      i32.const 4
      i32.ge_s
      if
       local.get $1
       local.get $8
       v128.store offset=48
       br $kernels-as/assembly/simd/storeLanes|inlined.45
      end
      local.get $14
      i32.const 0
      i32.gt_s
      if
       local.get $1
       local.get $8
       f32x4.extract_lane 0
       f32.store offset=48
      end
      local.get $14
      i32.const 1
      i32.gt_s
      if
       local.get $1
       local.get $8
       f32x4.extract_lane 1
       f32.store offset=52
      end
      local.get $14
      i32.const 2
      i32.gt_s
      if
       local.get $1
       local.get $8
       f32x4.extract_lane 2
       f32.store offset=56
      end
     end
     block $kernels-as/assembly/simd/storeLanes|inlined.46
      local.get $25
      i32.const 4
      i32.ge_s
      if
       local.get $12
       local.get $16
       v128.store
       br $kernels-as/assembly/simd/storeLanes|inlined.46
      end
      local.get $25
      i32.const 0
      i32.gt_s
      if
       local.get $12
       local.get $16
       f32x4.extract_lane 0
       f32.store
      end
      local.get $25
      i32.const 1
      i32.gt_s
      if
       local.get $12
       local.get $16
       f32x4.extract_lane 1
       f32.store offset=4
      end
      local.get $25
      i32.const 2
      i32.gt_s
      if
       local.get $12
       local.get $16
       f32x4.extract_lane 2
       f32.store offset=8
      end
     end
     block $kernels-as/assembly/simd/storeLanes|inlined.47
      local.get $25
      i32.const 4
      i32.sub
      local.tee $1
      i32.const 4
      i32.ge_s
      if
       local.get $12
       local.get $9
       v128.store offset=16
       br $kernels-as/assembly/simd/storeLanes|inlined.47
      end
      local.get $1
      i32.const 0
      i32.gt_s
      if
       local.get $12
       local.get $9
       f32x4.extract_lane 0
       f32.store offset=16
      end
      local.get $1
      i32.const 1
      i32.gt_s
      if
       local.get $12
       local.get $9
       f32x4.extract_lane 1
       f32.store offset=20
      end
      local.get $1
      i32.const 2
      i32.gt_s
      if
       local.get $12
       local.get $9
       f32x4.extract_lane 2
       f32.store offset=24
      end
     end
     block $kernels-as/assembly/simd/storeLanes|inlined.48
      local.get $25
      i32.const 8
      i32.sub
      local.tee $1
      i32.const 4
      i32.ge_s
      if
       local.get $12
       local.get $11
       v128.store offset=32
       br $kernels-as/assembly/simd/storeLanes|inlined.48
      end
      local.get $1
      i32.const 0
      i32.gt_s
      if
       local.get $12
       local.get $11
       f32x4.extract_lane 0
       f32.store offset=32
      end
      local.get $1
      i32.const 1
      i32.gt_s
      if
       local.get $12
       local.get $11
       f32x4.extract_lane 1
       f32.store offset=36
      end
      local.get $1
      i32.const 2
      i32.gt_s
      if
       local.get $12
       local.get $11
       f32x4.extract_lane 2
       f32.store offset=40
      end
     end
     block $kernels-as/assembly/simd/storeLanes|inlined.49
      local.get $25
      i32.const 12
      i32.sub
      local.tee $1
      i32.const 4
      i32.ge_s
      if
       local.get $12
       local.get $17
       v128.store offset=48
       br $kernels-as/assembly/simd/storeLanes|inlined.49
      end
      local.get $1
      i32.const 0
      i32.gt_s
      if
       local.get $12
       local.get $17
       f32x4.extract_lane 0
       f32.store offset=48
      end
      local.get $1
      i32.const 1
      i32.gt_s
      if
       local.get $12
       local.get $17
       f32x4.extract_lane 1
       f32.store offset=52
      end
      local.get $1
      i32.const 2
      i32.gt_s
      if
       local.get $12
       local.get $17
       f32x4.extract_lane 2
       f32.store offset=56
      end
     end
     local.get $19
     i32.const 1
     i32.add
     local.set $19
     br $for-loop|0
    end
   end
   local.get $7
   local.get $6
   i32.sub
   i32.const 1
   i32.and
   if
    local.get $4
    local.get $7
    i32.const 1
    i32.sub
    local.tee $7
    local.get $20
    i32.mul
    i32.add
    local.set $1
    local.get $0
    local.set $4
    i32.const 16
    local.get $3
    local.get $7
    i32.const 4
    i32.shl
    i32.sub
    local.tee $0
    local.get $0
    i32.const 16
    i32.gt_s
    select
    local.set $3
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $13
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $10
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $15
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $8
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $16
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $9
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $11
    v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
    local.set $17
    local.get $1
    local.set $0
    local.get $2
    i32.const 5
    i32.shl
    local.get $1
    i32.add
    i32.const 4
    i32.sub
    local.set $12
    i32.const 0
    local.set $6
    loop $for-loop|3
     local.get $2
     local.get $6
     i32.gt_u
     if
      local.get $6
      i32.const 63
      i32.and
      i32.eqz
      if
       local.get $0
       i32.const 1024
       i32.add
       local.tee $14
       local.get $12
       local.get $12
       local.get $14
       i32.gt_u
       select
       i32.load
       drop
       local.get $1
       i32.const 1024
       i32.add
       local.tee $14
       local.get $12
       local.get $12
       local.get $14
       i32.gt_u
       select
       i32.load
       drop
      end
      local.get $0
      v128.load
      local.tee $29
      i32.const 16
      i32x4.shl
      local.get $4
      local.get $6
      i32.const 2
      i32.shl
      i32.add
      v128.load32_splat
      local.tee $30
      f32x4.mul
      local.get $13
      f32x4.add
      local.set $13
      local.get $1
      v128.load
      local.tee $31
      i32.const 16
      i32x4.shl
      local.get $30
      f32x4.mul
      local.get $16
      f32x4.add
      local.set $16
      local.get $29
      i32.const 1056
      v128.load
      local.tee $29
      v128.and
      local.get $30
      f32x4.mul
      local.get $10
      f32x4.add
      local.set $10
      local.get $31
      local.get $29
      v128.and
      local.get $30
      f32x4.mul
      local.get $9
      f32x4.add
      local.set $9
      local.get $0
      v128.load offset=16
      local.tee $31
      i32.const 16
      i32x4.shl
      local.get $30
      f32x4.mul
      local.get $15
      f32x4.add
      local.set $15
      local.get $1
      v128.load offset=16
      local.tee $32
      i32.const 16
      i32x4.shl
      local.get $30
      f32x4.mul
      local.get $11
      f32x4.add
      local.set $11
      local.get $31
      local.get $29
      v128.and
      local.get $30
      f32x4.mul
      local.get $8
      f32x4.add
      local.set $8
      local.get $32
      local.get $29
      v128.and
      local.get $30
      f32x4.mul
      local.get $17
      f32x4.add
      local.set $17
      local.get $0
      i32.const 32
      i32.add
      local.set $0
      local.get $1
      i32.const 32
      i32.add
      local.set $1
      local.get $6
      i32.const 1
      i32.add
      local.set $6
      br $for-loop|3
     end
    end
    loop $for-loop|4
     local.get $6
     i32.const 2
     i32.add
     local.get $2
     i32.le_u
     if
      local.get $6
      i32.const 63
      i32.and
      i32.eqz
      if
       local.get $0
       i32.const 1024
       i32.add
       local.tee $14
       local.get $12
       local.get $12
       local.get $14
       i32.gt_u
       select
       i32.load
       drop
       local.get $1
       i32.const 1024
       i32.add
       local.tee $14
       local.get $12
       local.get $12
       local.get $14
       i32.gt_u
       select
       i32.load
       drop
      end
      local.get $4
      local.get $6
      i32.const 2
      i32.shl
      i32.add
      local.tee $14
      v128.load32_splat
      local.set $29
      local.get $13
      local.get $0
      v128.load offset=32
      local.tee $30
      i32.const 16
      i32x4.shl
      local.get $14
      v128.load32_splat offset=4
      local.tee $31
      f32x4.mul
      local.get $0
      v128.load
      local.tee $32
      i32.const 16
      i32x4.shl
      local.get $29
      f32x4.mul
      f32x4.add
      f32x4.add
      local.set $13
      local.get $16
      local.get $1
      v128.load offset=32
      local.tee $33
      i32.const 16
      i32x4.shl
      local.get $31
      f32x4.mul
      local.get $1
      v128.load
      local.tee $34
      i32.const 16
      i32x4.shl
      local.get $29
      f32x4.mul
      f32x4.add
      f32x4.add
      local.set $16
      local.get $10
      local.get $30
      i32.const 1056
      v128.load
      local.tee $30
      v128.and
      local.get $31
      f32x4.mul
      local.get $32
      local.get $30
      v128.and
      local.get $29
      f32x4.mul
      f32x4.add
      f32x4.add
      local.set $10
      local.get $9
      local.get $33
      local.get $30
      v128.and
      local.get $31
      f32x4.mul
      local.get $34
      local.get $30
      v128.and
      local.get $29
      f32x4.mul
      f32x4.add
      f32x4.add
      local.set $9
      local.get $15
      local.get $0
      v128.load offset=48
      local.tee $32
      i32.const 16
      i32x4.shl
      local.get $31
      f32x4.mul
      local.get $0
      v128.load offset=16
      local.tee $33
      i32.const 16
      i32x4.shl
      local.get $29
      f32x4.mul
      f32x4.add
      f32x4.add
      local.set $15
      local.get $11
      local.get $1
      v128.load offset=48
      local.tee $34
      i32.const 16
      i32x4.shl
      local.get $31
      f32x4.mul
      local.get $1
      v128.load offset=16
      local.tee $35
      i32.const 16
      i32x4.shl
      local.get $29
      f32x4.mul
      f32x4.add
      f32x4.add
      local.set $11
      local.get $8
      local.get $32
      local.get $30
      v128.and
      local.get $31
      f32x4.mul
      local.get $33
      local.get $30
      v128.and
      local.get $29
      f32x4.mul
      f32x4.add
      f32x4.add
      local.set $8
      local.get $17
      local.get $34
      local.get $30
      v128.and
      local.get $31
      f32x4.mul
      local.get $35
      local.get $30
      v128.and
      local.get $29
      f32x4.mul
      f32x4.add
      f32x4.add
      local.set $17
      local.get $0
      i32.const -64
      i32.sub
      local.set $0
      local.get $1
      i32.const -64
      i32.sub
      local.set $1
      local.get $6
      i32.const 2
      i32.add
      local.set $6
      br $for-loop|4
     end
    end
    local.get $2
    local.get $6
    i32.gt_u
    if
     local.get $0
     v128.load
     local.tee $29
     i32.const 16
     i32x4.shl
     local.get $4
     local.get $6
     i32.const 2
     i32.shl
     i32.add
     v128.load32_splat
     local.tee $30
     f32x4.mul
     local.get $13
     f32x4.add
     local.set $13
     local.get $1
     v128.load
     local.tee $31
     i32.const 16
     i32x4.shl
     local.get $30
     f32x4.mul
     local.get $16
     f32x4.add
     local.set $16
     local.get $29
     i32.const 1056
     v128.load
     local.tee $29
     v128.and
     local.get $30
     f32x4.mul
     local.get $10
     f32x4.add
     local.set $10
     local.get $31
     local.get $29
     v128.and
     local.get $30
     f32x4.mul
     local.get $9
     f32x4.add
     local.set $9
     local.get $0
     v128.load offset=16
     local.tee $31
     i32.const 16
     i32x4.shl
     local.get $30
     f32x4.mul
     local.get $15
     f32x4.add
     local.set $15
     local.get $1
     v128.load offset=16
     local.tee $32
     i32.const 16
     i32x4.shl
     local.get $30
     f32x4.mul
     local.get $11
     f32x4.add
     local.set $11
     local.get $32
     local.get $29
     v128.and
     local.get $30
     f32x4.mul
     local.get $17
     f32x4.add
     local.set $17
     local.get $31
     local.get $29
     v128.and
     local.get $30
     f32x4.mul
     local.get $8
     f32x4.add
     local.set $8
    end
    local.get $5
    local.get $7
    i32.const 6
    i32.shl
    i32.add
    local.set $0
    block $kernels-as/assembly/simd/storeLanes|inlined.50
     local.get $3
     i32.const 4
     i32.ge_s
     if
      local.get $0
      local.get $13
      v128.store
      br $kernels-as/assembly/simd/storeLanes|inlined.50
     end
     local.get $3
     i32.const 0
     i32.gt_s
     if
      local.get $0
      local.get $13
      f32x4.extract_lane 0
      f32.store
     end
     local.get $3
     i32.const 1
     i32.gt_s
     if
      local.get $0
      local.get $13
      f32x4.extract_lane 1
      f32.store offset=4
     end
     local.get $3
     i32.const 2
     i32.gt_s
     if
      local.get $0
      local.get $13
      f32x4.extract_lane 2
      f32.store offset=8
     end
    end
    block $kernels-as/assembly/simd/storeLanes|inlined.51
     local.get $3
     i32.const 4
     i32.sub
     local.tee $1
     i32.const 4
     i32.ge_s
     if
      local.get $0
      local.get $10
      v128.store offset=16
      br $kernels-as/assembly/simd/storeLanes|inlined.51
     end
     local.get $1
     i32.const 0
     i32.gt_s
     if
      local.get $0
      local.get $10
      f32x4.extract_lane 0
      f32.store offset=16
     end
     local.get $1
     i32.const 1
     i32.gt_s
     if
      local.get $0
      local.get $10
      f32x4.extract_lane 1
      f32.store offset=20
     end
     local.get $1
     i32.const 2
     i32.gt_s
     if
      local.get $0
      local.get $10
      f32x4.extract_lane 2
      f32.store offset=24
     end
    end
    block $kernels-as/assembly/simd/storeLanes|inlined.52
     local.get $3
     i32.const 8
     i32.sub
     local.tee $1
     i32.const 4
     i32.ge_s
     if
      local.get $0
      local.get $15
      v128.store offset=32
      br $kernels-as/assembly/simd/storeLanes|inlined.52
     end
     local.get $1
     i32.const 0
     i32.gt_s
     if
      local.get $0
      local.get $15
      f32x4.extract_lane 0
      f32.store offset=32
     end
     local.get $1
     i32.const 1
     i32.gt_s
     if
      local.get $0
      local.get $15
      f32x4.extract_lane 1
      f32.store offset=36
     end
     local.get $1
     i32.const 2
     i32.gt_s
     if
      local.get $0
      local.get $15
      f32x4.extract_lane 2
      f32.store offset=40
     end
    end
    block $kernels-as/assembly/simd/storeLanes|inlined.53
     local.get $3
     i32.const 12
     i32.sub
     local.tee $1
     i32.const 4
     i32.ge_s
     if
      local.get $0
      local.get $8
      v128.store offset=48
      br $kernels-as/assembly/simd/storeLanes|inlined.53
     end
     local.get $1
     i32.const 0
     i32.gt_s
     if
      local.get $0
      local.get $8
      f32x4.extract_lane 0
      f32.store offset=48
     end
     local.get $1
     i32.const 1
     i32.gt_s
     if
      local.get $0
      local.get $8
      f32x4.extract_lane 1
      f32.store offset=52
     end
     local.get $1
     i32.const 2
     i32.gt_s
     if
      local.get $0
      local.get $8
      f32x4.extract_lane 2
      f32.store offset=56
     end
    end
    block $kernels-as/assembly/simd/storeLanes|inlined.54
     local.get $3
     i32.const 4
     i32.ge_s
     if
      local.get $0
      local.get $16
      v128.store
      br $kernels-as/assembly/simd/storeLanes|inlined.54
     end
     local.get $3
     i32.const 0
     i32.gt_s
     if
      local.get $0
      local.get $16
      f32x4.extract_lane 0
      f32.store
     end
     local.get $3
     i32.const 1
     i32.gt_s
     if
      local.get $0
      local.get $16
      f32x4.extract_lane 1
      f32.store offset=4
     end
     local.get $3
     i32.const 2
     i32.gt_s
     if
      local.get $0
      local.get $16
      f32x4.extract_lane 2
      f32.store offset=8
     end
    end
    block $kernels-as/assembly/simd/storeLanes|inlined.55
     local.get $3
     i32.const 4
     i32.sub
     local.tee $1
     i32.const 4
     i32.ge_s
     if
      local.get $0
      local.get $9
      v128.store offset=16
      br $kernels-as/assembly/simd/storeLanes|inlined.55
     end
     local.get $1
     i32.const 0
     i32.gt_s
     if
      local.get $0
      local.get $9
      f32x4.extract_lane 0
      f32.store offset=16
     end
     local.get $1
     i32.const 1
     i32.gt_s
     if
      local.get $0
      local.get $9
      f32x4.extract_lane 1
      f32.store offset=20
     end
     local.get $1
     i32.const 2
     i32.gt_s
     if
      local.get $0
      local.get $9
      f32x4.extract_lane 2
      f32.store offset=24
     end
    end
    block $kernels-as/assembly/simd/storeLanes|inlined.56
     local.get $3
     i32.const 8
     i32.sub
     local.tee $1
     i32.const 4
     i32.ge_s
     if
      local.get $0
      local.get $11
      v128.store offset=32
      br $kernels-as/assembly/simd/storeLanes|inlined.56
     end
     local.get $1
     i32.const 0
     i32.gt_s
     if
      local.get $0
      local.get $11
      f32x4.extract_lane 0
      f32.store offset=32
     end
     local.get $1
     i32.const 1
     i32.gt_s
     if
      local.get $0
      local.get $11
      f32x4.extract_lane 1
      f32.store offset=36
     end
     local.get $1
     i32.const 2
     i32.gt_s
     if
      local.get $0
      local.get $11
      f32x4.extract_lane 2
      f32.store offset=40
     end
    end
    block $kernels-as/assembly/simd/storeLanes|inlined.57
     local.get $3
     i32.const 12
     i32.sub
     local.tee $1
     i32.const 4
     i32.ge_s
     if
      local.get $0
      local.get $17
      v128.store offset=48
      br $kernels-as/assembly/simd/storeLanes|inlined.57
     end
     local.get $1
     i32.const 0
     i32.gt_s
     if
      local.get $0
      local.get $17
      f32x4.extract_lane 0
      f32.store offset=48
     end
     local.get $1
     i32.const 1
     i32.gt_s
     if
      local.get $0
      local.get $17
      f32x4.extract_lane 1
      f32.store offset=52
     end
     local.get $1
     i32.const 2
     i32.gt_s
     if
      local.get $0
      local.get $17
      f32x4.extract_lane 2
      f32.store offset=56
     end
    end
   end
   return
  end
  loop $for-loop|5
   local.get $6
   local.get $7
   i32.lt_s
   if
    local.get $4
    local.get $6
    local.get $20
    i32.mul
    i32.add
    local.set $22
    i32.const 0
    local.set $19
    loop $for-loop|6
     local.get $1
     local.get $19
     i32.gt_s
     if
      local.get $19
      i32.const 1
      i32.add
      local.get $1
      i32.lt_s
      if
       i32.const 16
       local.get $3
       local.get $6
       i32.const 4
       i32.shl
       local.tee $12
       i32.sub
       local.tee $14
       local.get $14
       i32.const 16
       i32.gt_s
       select
       local.set $23
       local.get $5
       local.get $3
       local.get $19
       i32.mul
       local.get $12
       i32.add
       i32.const 2
       i32.shl
       i32.add
       local.tee $24
       local.get $3
       i32.const 2
       i32.shl
       i32.add
       local.set $25
       i32.const 0
       local.set $18
       loop $for-loop|7
        local.get $18
        i32.const 0
        i32.le_s
        if
         local.get $2
         i64.extend_i32_s
         local.tee $21
         local.get $18
         i64.extend_i32_s
         i64.mul
         i32.wrap_i64
         local.tee $12
         local.get $18
         i32.const 1
         i32.add
         i64.extend_i32_s
         local.get $21
         i64.mul
         i32.wrap_i64
         local.tee $26
         i32.ne
         if
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $13
          local.get $0
          local.get $2
          local.get $19
          i32.mul
          local.get $12
          i32.add
          i32.const 2
          i32.shl
          i32.add
          local.tee $27
          local.get $2
          i32.const 2
          i32.shl
          i32.add
          local.set $28
          local.get $22
          local.get $12
          i32.const 5
          i32.shl
          i32.add
          local.set $14
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $11
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $10
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $17
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $15
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $8
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $16
          local.get $12
          i32.const 0
          i32.gt_s
          if (result v128)
           block $kernels-as/assembly/simd/loadLanes|inlined.50 (result v128)
            local.get $23
            i32.const 4
            i32.ge_s
            if
             local.get $24
             v128.load
             br $kernels-as/assembly/simd/loadLanes|inlined.50
            end
            local.get $23
            i32.const 0
            i32.gt_s
            if (result v128)
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.get $24
             f32.load
             f32x4.replace_lane 0
            else
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            end
            local.set $8
            local.get $23
            i32.const 1
            i32.gt_s
            if
             local.get $8
             local.get $24
             f32.load offset=4
             f32x4.replace_lane 1
             local.set $8
            end
            local.get $23
            i32.const 2
            i32.gt_s
            if (result v128)
             local.get $8
             local.get $24
             f32.load offset=8
             f32x4.replace_lane 2
            else
             local.get $8
            end
           end
           local.set $13
           block $kernels-as/assembly/simd/loadLanes|inlined.51 (result v128)
            local.get $23
            i32.const 4
            i32.sub
            local.tee $36
            i32.const 4
            i32.ge_s
            if
             local.get $24
             v128.load offset=16
             br $kernels-as/assembly/simd/loadLanes|inlined.51
            end
            local.get $36
            i32.const 0
            i32.gt_s
            if (result v128)
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.get $24
             f32.load offset=16
             f32x4.replace_lane 0
            else
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            end
            local.set $8
            local.get $36
            i32.const 1
            i32.gt_s
            if
             local.get $8
             local.get $24
             f32.load offset=20
             f32x4.replace_lane 1
             local.set $8
            end
            local.get $36
            i32.const 2
            i32.gt_s
            if (result v128)
             local.get $8
             local.get $24
             f32.load offset=24
             f32x4.replace_lane 2
            else
             local.get $8
            end
           end
           local.set $11
           block $kernels-as/assembly/simd/loadLanes|inlined.52 (result v128)
            local.get $23
            i32.const 8
            i32.sub
            local.tee $36
            i32.const 4
            i32.ge_s
            if
             local.get $24
             v128.load offset=32
             br $kernels-as/assembly/simd/loadLanes|inlined.52
            end
            local.get $36
            i32.const 0
            i32.gt_s
            if (result v128)
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.get $24
             f32.load offset=32
             f32x4.replace_lane 0
            else
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            end
            local.set $8
            local.get $36
            i32.const 1
            i32.gt_s
            if
             local.get $8
             local.get $24
             f32.load offset=36
             f32x4.replace_lane 1
             local.set $8
            end
            local.get $36
            i32.const 2
            i32.gt_s
            if (result v128)
             local.get $8
             local.get $24
             f32.load offset=40
             f32x4.replace_lane 2
            else
             local.get $8
            end
           end
           local.set $10
           block $kernels-as/assembly/simd/loadLanes|inlined.53 (result v128)
            local.get $23
            i32.const 12
            i32.sub
            local.tee $36
            i32.const 4
            i32.ge_s
            if
             local.get $24
             v128.load offset=48
             br $kernels-as/assembly/simd/loadLanes|inlined.53
            end
            local.get $36
            i32.const 0
            i32.gt_s
            if (result v128)
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.get $24
             f32.load offset=48
             f32x4.replace_lane 0
            else
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            end
            local.set $8
            local.get $36
            i32.const 1
            i32.gt_s
            if
             local.get $8
             local.get $24
             f32.load offset=52
             f32x4.replace_lane 1
             local.set $8
            end
            local.get $36
            i32.const 2
            i32.gt_s
            if (result v128)
             local.get $8
             local.get $24
             f32.load offset=56
             f32x4.replace_lane 2
            else
             local.get $8
            end
           end
           local.set $17
           block $kernels-as/assembly/simd/loadLanes|inlined.54 (result v128)
            local.get $23
            i32.const 4
            i32.ge_s
            if
             local.get $25
             v128.load
             br $kernels-as/assembly/simd/loadLanes|inlined.54
            end
            local.get $23
            i32.const 0
            i32.gt_s
            if (result v128)
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.get $25
             f32.load
             f32x4.replace_lane 0
            else
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            end
            local.set $8
            local.get $23
            i32.const 1
            i32.gt_s
            if
             local.get $8
             local.get $25
             f32.load offset=4
             f32x4.replace_lane 1
             local.set $8
            end
            local.get $23
            i32.const 2
            i32.gt_s
            if (result v128)
             local.get $8
             local.get $25
             f32.load offset=8
             f32x4.replace_lane 2
            else
             local.get $8
            end
           end
           local.set $15
           block $kernels-as/assembly/simd/loadLanes|inlined.55 (result v128)
            local.get $23
            i32.const 4
            i32.sub
            local.tee $36
            i32.const 4
            i32.ge_s
            if
             local.get $25
             v128.load offset=16
             br $kernels-as/assembly/simd/loadLanes|inlined.55
            end
            local.get $36
            i32.const 0
            i32.gt_s
            if (result v128)
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.get $25
             f32.load offset=16
             f32x4.replace_lane 0
            else
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            end
            local.set $8
            local.get $36
            i32.const 1
            i32.gt_s
            if
             local.get $8
             local.get $25
             f32.load offset=20
             f32x4.replace_lane 1
             local.set $8
            end
            local.get $36
            i32.const 2
            i32.gt_s
            if (result v128)
             local.get $8
             local.get $25
             f32.load offset=24
             f32x4.replace_lane 2
            else
             local.get $8
            end
           end
           local.set $8
           block $kernels-as/assembly/simd/loadLanes|inlined.56 (result v128)
            local.get $23
            i32.const 8
            i32.sub
            local.tee $36
            i32.const 4
            i32.ge_s
            if
             local.get $25
             v128.load offset=32
             br $kernels-as/assembly/simd/loadLanes|inlined.56
            end
            local.get $36
            i32.const 0
            i32.gt_s
            if (result v128)
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.get $25
             f32.load offset=32
             f32x4.replace_lane 0
            else
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            end
            local.set $9
            local.get $36
            i32.const 1
            i32.gt_s
            if
             local.get $9
             local.get $25
             f32.load offset=36
             f32x4.replace_lane 1
             local.set $9
            end
            local.get $36
            i32.const 2
            i32.gt_s
            if (result v128)
             local.get $9
             local.get $25
             f32.load offset=40
             f32x4.replace_lane 2
            else
             local.get $9
            end
           end
           local.set $16
           block $kernels-as/assembly/simd/loadLanes|inlined.57 (result v128)
            local.get $23
            i32.const 12
            i32.sub
            local.tee $36
            i32.const 4
            i32.ge_s
            if
             local.get $25
             v128.load offset=48
             br $kernels-as/assembly/simd/loadLanes|inlined.57
            end
            local.get $36
            i32.const 0
            i32.gt_s
            if (result v128)
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.get $25
             f32.load offset=48
             f32x4.replace_lane 0
            else
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            end
            local.set $9
            local.get $36
            i32.const 1
            i32.gt_s
            if
             local.get $9
             local.get $25
             f32.load offset=52
             f32x4.replace_lane 1
             local.set $9
            end
            local.get $36
            i32.const 2
            i32.gt_s
            if (result v128)
             local.get $9
             local.get $25
             f32.load offset=56
             f32x4.replace_lane 2
            else
             local.get $9
            end
           end
          else
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          end
          local.set $9
          local.get $14
          local.get $26
          local.get $12
          i32.sub
          local.tee $26
          i32.const 5
          i32.shl
          i32.add
          i32.const 4
          i32.sub
          local.set $36
          i32.const 0
          local.set $12
          loop $for-loop|9
           local.get $12
           local.get $26
           i32.lt_u
           if
            local.get $12
            i32.const 63
            i32.and
            i32.eqz
            if
             local.get $14
             i32.const 1024
             i32.add
             local.tee $37
             local.get $36
             local.get $36
             local.get $37
             i32.gt_u
             select
             i32.load
             drop
            end
            local.get $14
            v128.load
            local.tee $29
            i32.const 16
            i32x4.shl
            local.tee $30
            local.get $12
            i32.const 2
            i32.shl
            local.tee $37
            local.get $27
            i32.add
            v128.load32_splat
            local.tee $31
            f32x4.mul
            local.get $13
            f32x4.add
            local.set $13
            local.get $29
            i32.const 1056
            v128.load
            local.tee $29
            v128.and
            local.tee $32
            local.get $31
            f32x4.mul
            local.get $11
            f32x4.add
            local.set $11
            local.get $14
            v128.load offset=16
            local.tee $33
            i32.const 16
            i32x4.shl
            local.tee $34
            local.get $31
            f32x4.mul
            local.get $10
            f32x4.add
            local.set $10
            local.get $33
            local.get $29
            v128.and
            local.tee $29
            local.get $31
            f32x4.mul
            local.get $17
            f32x4.add
            local.set $17
            local.get $30
            local.get $28
            local.get $37
            i32.add
            v128.load32_splat
            local.tee $30
            f32x4.mul
            local.get $15
            f32x4.add
            local.set $15
            local.get $32
            local.get $30
            f32x4.mul
            local.get $8
            f32x4.add
            local.set $8
            local.get $34
            local.get $30
            f32x4.mul
            local.get $16
            f32x4.add
            local.set $16
            local.get $29
            local.get $30
            f32x4.mul
            local.get $9
            f32x4.add
            local.set $9
            local.get $14
            i32.const 32
            i32.add
            local.set $14
            local.get $12
            i32.const 1
            i32.add
            local.set $12
            br $for-loop|9
           end
          end
          block $kernels-as/assembly/simd/storeLanes|inlined.58
           local.get $23
           i32.const 4
           i32.ge_s
           if
            local.get $24
            local.get $13
            v128.store
            br $kernels-as/assembly/simd/storeLanes|inlined.58
           end
           local.get $23
           i32.const 0
           i32.gt_s
           if
            local.get $24
            local.get $13
            f32x4.extract_lane 0
            f32.store
           end
           local.get $23
           i32.const 1
           i32.gt_s
           if
            local.get $24
            local.get $13
            f32x4.extract_lane 1
            f32.store offset=4
           end
           local.get $23
           i32.const 2
           i32.gt_s
           if
            local.get $24
            local.get $13
            f32x4.extract_lane 2
            f32.store offset=8
           end
          end
          block $kernels-as/assembly/simd/storeLanes|inlined.59
           local.get $23
           i32.const 4
           i32.sub
           local.tee $12
           i32.const 4
           i32.ge_s
           if
            local.get $24
            local.get $11
            v128.store offset=16
            br $kernels-as/assembly/simd/storeLanes|inlined.59
           end
           local.get $12
           i32.const 0
           i32.gt_s
           if
            local.get $24
            local.get $11
            f32x4.extract_lane 0
            f32.store offset=16
           end
           local.get $12
           i32.const 1
           i32.gt_s
           if
            local.get $24
            local.get $11
            f32x4.extract_lane 1
            f32.store offset=20
           end
           local.get $12
           i32.const 2
           i32.gt_s
           if
            local.get $24
            local.get $11
            f32x4.extract_lane 2
            f32.store offset=24
           end
          end
          block $kernels-as/assembly/simd/storeLanes|inlined.60
           local.get $23
           i32.const 8
           i32.sub
           local.tee $12
           i32.const 4
           i32.ge_s
           if
            local.get $24
            local.get $10
            v128.store offset=32
            br $kernels-as/assembly/simd/storeLanes|inlined.60
           end
           local.get $12
           i32.const 0
           i32.gt_s
           if
            local.get $24
            local.get $10
            f32x4.extract_lane 0
            f32.store offset=32
           end
           local.get $12
           i32.const 1
           i32.gt_s
           if
            local.get $24
            local.get $10
            f32x4.extract_lane 1
            f32.store offset=36
           end
           local.get $12
           i32.const 2
           i32.gt_s
           if
            local.get $24
            local.get $10
            f32x4.extract_lane 2
            f32.store offset=40
           end
          end
          block $kernels-as/assembly/simd/storeLanes|inlined.61
           local.get $23
           i32.const 12
           i32.sub
           local.tee $12
           i32.const 4
           i32.ge_s
           if
            local.get $24
            local.get $17
            v128.store offset=48
            br $kernels-as/assembly/simd/storeLanes|inlined.61
           end
           local.get $12
           i32.const 0
           i32.gt_s
           if
            local.get $24
            local.get $17
            f32x4.extract_lane 0
            f32.store offset=48
           end
           local.get $12
           i32.const 1
           i32.gt_s
           if
            local.get $24
            local.get $17
            f32x4.extract_lane 1
            f32.store offset=52
           end
           local.get $12
           i32.const 2
           i32.gt_s
           if
            local.get $24
            local.get $17
            f32x4.extract_lane 2
            f32.store offset=56
           end
          end
          block $kernels-as/assembly/simd/storeLanes|inlined.62
           local.get $23
           i32.const 4
           i32.ge_s
           if
            local.get $25
            local.get $15
            v128.store
            br $kernels-as/assembly/simd/storeLanes|inlined.62
           end
           local.get $23
           i32.const 0
           i32.gt_s
           if
            local.get $25
            local.get $15
            f32x4.extract_lane 0
            f32.store
           end
           local.get $23
           i32.const 1
           i32.gt_s
           if
            local.get $25
            local.get $15
            f32x4.extract_lane 1
            f32.store offset=4
           end
           local.get $23
           i32.const 2
           i32.gt_s
           if
            local.get $25
            local.get $15
            f32x4.extract_lane 2
            f32.store offset=8
           end
          end
          block $kernels-as/assembly/simd/storeLanes|inlined.63
           local.get $23
           i32.const 4
           i32.sub
           local.tee $12
           i32.const 4
           i32.ge_s
           if
            local.get $25
            local.get $8
            v128.store offset=16
            br $kernels-as/assembly/simd/storeLanes|inlined.63
           end
           local.get $12
           i32.const 0
           i32.gt_s
           if
            local.get $25
            local.get $8
            f32x4.extract_lane 0
            f32.store offset=16
           end
           local.get $12
           i32.const 1
           i32.gt_s
           if
            local.get $25
            local.get $8
            f32x4.extract_lane 1
            f32.store offset=20
           end
           local.get $12
           i32.const 2
           i32.gt_s
           if
            local.get $25
            local.get $8
            f32x4.extract_lane 2
            f32.store offset=24
           end
          end
          block $kernels-as/assembly/simd/storeLanes|inlined.64
           local.get $23
           i32.const 8
           i32.sub
           local.tee $12
           i32.const 4
           i32.ge_s
           if
            local.get $25
            local.get $16
            v128.store offset=32
            br $kernels-as/assembly/simd/storeLanes|inlined.64
           end
           local.get $12
           i32.const 0
           i32.gt_s
           if
            local.get $25
            local.get $16
            f32x4.extract_lane 0
            f32.store offset=32
           end
           local.get $12
           i32.const 1
           i32.gt_s
           if
            local.get $25
            local.get $16
            f32x4.extract_lane 1
            f32.store offset=36
           end
           local.get $12
           i32.const 2
           i32.gt_s
           if
            local.get $25
            local.get $16
            f32x4.extract_lane 2
            f32.store offset=40
           end
          end
          block $kernels-as/assembly/simd/storeLanes|inlined.65
           local.get $23
           i32.const 12
           i32.sub
           local.tee $12
           i32.const 4
           i32.ge_s
           if
            local.get $25
            local.get $9
            v128.store offset=48
            br $kernels-as/assembly/simd/storeLanes|inlined.65
           end
           local.get $12
           i32.const 0
           i32.gt_s
           if
            local.get $25
            local.get $9
            f32x4.extract_lane 0
            f32.store offset=48
           end
           local.get $12
           i32.const 1
           i32.gt_s
           if
            local.get $25
            local.get $9
            f32x4.extract_lane 1
            f32.store offset=52
           end
           local.get $12
           i32.const 2
           i32.gt_s
           if
            local.get $25
            local.get $9
            f32x4.extract_lane 2
            f32.store offset=56
           end
          end
         end
         local.get $18
         i32.const 1
         i32.add
         local.set $18
         br $for-loop|7
        end
       end
      else
       i32.const 16
       local.get $3
       local.get $6
       i32.const 4
       i32.shl
       local.tee $12
       i32.sub
       local.tee $14
       local.get $14
       i32.const 16
       i32.gt_s
       select
       local.set $23
       local.get $5
       local.get $3
       local.get $19
       i32.mul
       local.get $12
       i32.add
       i32.const 2
       i32.shl
       i32.add
       local.set $24
       i32.const 0
       local.set $18
       loop $for-loop|11
        local.get $18
        i32.const 0
        i32.le_s
        if
         local.get $2
         i64.extend_i32_s
         local.tee $21
         local.get $18
         i64.extend_i32_s
         i64.mul
         i32.wrap_i64
         local.tee $12
         local.get $18
         i32.const 1
         i32.add
         i64.extend_i32_s
         local.get $21
         i64.mul
         i32.wrap_i64
         local.tee $25
         i32.ne
         if
          local.get $22
          local.get $12
          i32.const 5
          i32.shl
          i32.add
          local.set $14
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $13
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $16
          v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          local.set $15
          local.get $12
          i32.const 0
          i32.gt_s
          if (result v128)
           block $kernels-as/assembly/simd/loadLanes|inlined.90 (result v128)
            local.get $23
            i32.const 4
            i32.ge_s
            if
             local.get $24
             v128.load
             br $kernels-as/assembly/simd/loadLanes|inlined.90
            end
            local.get $23
            i32.const 0
            i32.gt_s
            if (result v128)
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.get $24
             f32.load
             f32x4.replace_lane 0
            else
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            end
            local.set $8
            local.get $23
            i32.const 1
            i32.gt_s
            if
             local.get $8
             local.get $24
             f32.load offset=4
             f32x4.replace_lane 1
             local.set $8
            end
            local.get $23
            i32.const 2
            i32.gt_s
            if (result v128)
             local.get $8
             local.get $24
             f32.load offset=8
             f32x4.replace_lane 2
            else
             local.get $8
            end
           end
           local.set $13
           block $kernels-as/assembly/simd/loadLanes|inlined.91 (result v128)
            local.get $23
            i32.const 4
            i32.sub
            local.tee $26
            i32.const 4
            i32.ge_s
            if
             local.get $24
             v128.load offset=16
             br $kernels-as/assembly/simd/loadLanes|inlined.91
            end
            local.get $26
            i32.const 0
            i32.gt_s
            if (result v128)
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.get $24
             f32.load offset=16
             f32x4.replace_lane 0
            else
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            end
            local.set $8
            local.get $26
            i32.const 1
            i32.gt_s
            if
             local.get $8
             local.get $24
             f32.load offset=20
             f32x4.replace_lane 1
             local.set $8
            end
            local.get $26
            i32.const 2
            i32.gt_s
            if (result v128)
             local.get $8
             local.get $24
             f32.load offset=24
             f32x4.replace_lane 2
            else
             local.get $8
            end
           end
           local.set $16
           block $kernels-as/assembly/simd/loadLanes|inlined.92 (result v128)
            local.get $23
            i32.const 8
            i32.sub
            local.tee $26
            i32.const 4
            i32.ge_s
            if
             local.get $24
             v128.load offset=32
             br $kernels-as/assembly/simd/loadLanes|inlined.92
            end
            local.get $26
            i32.const 0
            i32.gt_s
            if (result v128)
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.get $24
             f32.load offset=32
             f32x4.replace_lane 0
            else
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            end
            local.set $8
            local.get $26
            i32.const 1
            i32.gt_s
            if
             local.get $8
             local.get $24
             f32.load offset=36
             f32x4.replace_lane 1
             local.set $8
            end
            local.get $26
            i32.const 2
            i32.gt_s
            if (result v128)
             local.get $8
             local.get $24
             f32.load offset=40
             f32x4.replace_lane 2
            else
             local.get $8
            end
           end
           local.set $15
           block $kernels-as/assembly/simd/loadLanes|inlined.93 (result v128)
            local.get $23
            i32.const 12
            i32.sub
            local.tee $26
            i32.const 4
            i32.ge_s
            if
             local.get $24
             v128.load offset=48
             br $kernels-as/assembly/simd/loadLanes|inlined.93
            end
            local.get $26
            i32.const 0
            i32.gt_s
            if (result v128)
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.get $24
             f32.load offset=48
             f32x4.replace_lane 0
            else
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            end
            local.set $8
            local.get $26
            i32.const 1
            i32.gt_s
            if
             local.get $8
             local.get $24
             f32.load offset=52
             f32x4.replace_lane 1
             local.set $8
            end
            local.get $26
            i32.const 2
            i32.gt_s
            if (result v128)
             local.get $8
             local.get $24
             f32.load offset=56
             f32x4.replace_lane 2
            else
             local.get $8
            end
           end
          else
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
          end
          local.set $8
          local.get $0
          local.get $2
          local.get $19
          i32.mul
          local.get $12
          i32.add
          i32.const 2
          i32.shl
          i32.add
          local.set $26
          local.get $14
          local.get $25
          local.get $12
          i32.sub
          local.tee $25
          i32.const 5
          i32.shl
          i32.add
          i32.const 4
          i32.sub
          local.set $27
          i32.const 0
          local.set $12
          loop $for-loop|14
           local.get $12
           i32.const 2
           i32.add
           local.get $25
           i32.le_u
           if
            local.get $12
            i32.const 63
            i32.and
            i32.eqz
            if
             local.get $14
             i32.const 1024
             i32.add
             local.tee $28
             local.get $27
             local.get $27
             local.get $28
             i32.gt_u
             select
             i32.load
             drop
            end
            local.get $26
            local.get $12
            i32.const 2
            i32.shl
            i32.add
            local.tee $28
            v128.load32_splat
            local.set $9
            local.get $13
            local.get $14
            v128.load offset=32
            local.tee $10
            i32.const 16
            i32x4.shl
            local.get $28
            v128.load32_splat offset=4
            local.tee $11
            f32x4.mul
            local.get $14
            v128.load
            local.tee $17
            i32.const 16
            i32x4.shl
            local.get $9
            f32x4.mul
            f32x4.add
            f32x4.add
            local.set $13
            local.get $16
            local.get $10
            i32.const 1056
            v128.load
            local.tee $10
            v128.and
            local.get $11
            f32x4.mul
            local.get $17
            local.get $10
            v128.and
            local.get $9
            f32x4.mul
            f32x4.add
            f32x4.add
            local.set $16
            local.get $15
            local.get $14
            v128.load offset=48
            local.tee $17
            i32.const 16
            i32x4.shl
            local.get $11
            f32x4.mul
            local.get $14
            v128.load offset=16
            local.tee $29
            i32.const 16
            i32x4.shl
            local.get $9
            f32x4.mul
            f32x4.add
            f32x4.add
            local.set $15
            local.get $8
            local.get $17
            local.get $10
            v128.and
            local.get $11
            f32x4.mul
            local.get $29
            local.get $10
            v128.and
            local.get $9
            f32x4.mul
            f32x4.add
            f32x4.add
            local.set $8
            local.get $14
            i32.const -64
            i32.sub
            local.set $14
            local.get $12
            i32.const 2
            i32.add
            local.set $12
            br $for-loop|14
           end
          end
          local.get $12
          local.get $25
          i32.lt_u
          if
           local.get $14
           v128.load
           local.tee $9
           i32.const 16
           i32x4.shl
           local.get $26
           local.get $12
           i32.const 2
           i32.shl
           i32.add
           v128.load32_splat
           local.tee $10
           f32x4.mul
           local.get $13
           f32x4.add
           local.set $13
           local.get $9
           i32.const 1056
           v128.load
           local.tee $9
           v128.and
           local.get $10
           f32x4.mul
           local.get $16
           f32x4.add
           local.set $16
           local.get $14
           v128.load offset=16
           local.tee $11
           i32.const 16
           i32x4.shl
           local.get $10
           f32x4.mul
           local.get $15
           f32x4.add
           local.set $15
           local.get $11
           local.get $9
           v128.and
           local.get $10
           f32x4.mul
           local.get $8
           f32x4.add
           local.set $8
          end
          block $kernels-as/assembly/simd/storeLanes|inlined.78
           local.get $23
           i32.const 4
           i32.ge_s
           if
            local.get $24
            local.get $13
            v128.store
            br $kernels-as/assembly/simd/storeLanes|inlined.78
           end
           local.get $23
           i32.const 0
           i32.gt_s
           if
            local.get $24
            local.get $13
            f32x4.extract_lane 0
            f32.store
           end
           local.get $23
           i32.const 1
           i32.gt_s
           if
            local.get $24
            local.get $13
            f32x4.extract_lane 1
            f32.store offset=4
           end
           local.get $23
           i32.const 2
           i32.gt_s
           if
            local.get $24
            local.get $13
            f32x4.extract_lane 2
            f32.store offset=8
           end
          end
          block $kernels-as/assembly/simd/storeLanes|inlined.79
           local.get $23
           i32.const 4
           i32.sub
           local.tee $12
           i32.const 4
           i32.ge_s
           if
            local.get $24
            local.get $16
            v128.store offset=16
            br $kernels-as/assembly/simd/storeLanes|inlined.79
           end
           local.get $12
           i32.const 0
           i32.gt_s
           if
            local.get $24
            local.get $16
            f32x4.extract_lane 0
            f32.store offset=16
           end
           local.get $12
           i32.const 1
           i32.gt_s
           if
            local.get $24
            local.get $16
            f32x4.extract_lane 1
            f32.store offset=20
           end
           local.get $12
           i32.const 2
           i32.gt_s
           if
            local.get $24
            local.get $16
            f32x4.extract_lane 2
            f32.store offset=24
           end
          end
          block $kernels-as/assembly/simd/storeLanes|inlined.80
           local.get $23
           i32.const 8
           i32.sub
           local.tee $12
           i32.const 4
           i32.ge_s
           if
            local.get $24
            local.get $15
            v128.store offset=32
            br $kernels-as/assembly/simd/storeLanes|inlined.80
           end
           local.get $12
           i32.const 0
           i32.gt_s
           if
            local.get $24
            local.get $15
            f32x4.extract_lane 0
            f32.store offset=32
           end
           local.get $12
           i32.const 1
           i32.gt_s
           if
            local.get $24
            local.get $15
            f32x4.extract_lane 1
            f32.store offset=36
           end
           local.get $12
           i32.const 2
           i32.gt_s
           if
            local.get $24
            local.get $15
            f32x4.extract_lane 2
            f32.store offset=40
           end
          end
          block $kernels-as/assembly/simd/storeLanes|inlined.81
           local.get $23
           i32.const 12
           i32.sub
           local.tee $12
           i32.const 4
           i32.ge_s
           if
            local.get $24
            local.get $8
            v128.store offset=48
            br $kernels-as/assembly/simd/storeLanes|inlined.81
           end
           local.get $12
           i32.const 0
           i32.gt_s
           if
            local.get $24
            local.get $8
            f32x4.extract_lane 0
            f32.store offset=48
           end
           local.get $12
           i32.const 1
           i32.gt_s
           if
            local.get $24
            local.get $8
            f32x4.extract_lane 1
            f32.store offset=52
           end
           local.get $12
           i32.const 2
           i32.gt_s
           if
            local.get $24
            local.get $8
            f32x4.extract_lane 2
            f32.store offset=56
           end
          end
         end
         local.get $18
         i32.const 1
         i32.add
         local.set $18
         br $for-loop|11
        end
       end
      end
      local.get $19
      i32.const 2
      i32.add
      local.set $19
      br $for-loop|6
     end
    end
    local.get $6
    i32.const 1
    i32.add
    local.set $6
    br $for-loop|5
   end
  end
 )
 (func $kernels-as/assembly/gemv_panel16/gemv<i8> (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32) (param $9 i32) (param $10 i32) (param $11 i32) (param $12 i32)
  (local $13 i32)
  (local $14 i32)
  (local $15 v128)
  (local $16 i32)
  (local $17 i32)
  (local $18 i32)
  (local $19 i32)
  (local $20 v128)
  (local $21 v128)
  (local $22 v128)
  (local $23 v128)
  (local $24 v128)
  (local $25 v128)
  (local $26 v128)
  (local $27 v128)
  (local $28 v128)
  (local $29 v128)
  (local $30 v128)
  (local $31 v128)
  (local $32 v128)
  (local $33 i32)
  (local $34 i64)
  (local $35 i32)
  (local $36 i32)
  (local $37 f32)
  (local $38 i32)
  (local $39 i64)
  (local $40 i64)
  (local $41 i32)
  (local $42 i32)
  (local $43 i32)
  (local $44 i32)
  (local $45 i32)
  (local $46 i32)
  (local $47 v128)
  (local $48 v128)
  (local $49 v128)
  (local $50 v128)
  (local $51 v128)
  (local $52 v128)
  (local $53 i32)
  (local $54 i32)
  (local $55 v128)
  local.get $6
  i32.const 1
  i32.sub
  i64.extend_i32_s
  local.tee $34
  local.get $2
  i64.extend_i32_s
  local.tee $39
  local.get $8
  i64.extend_i32_s
  i64.mul
  i64.add
  local.get $6
  i64.extend_i32_s
  local.tee $40
  i64.div_u
  i32.wrap_i64
  local.get $34
  local.get $7
  i64.extend_i32_s
  local.get $39
  i64.mul
  i64.add
  local.get $40
  i64.div_u
  i32.wrap_i64
  i32.sub
  local.set $14
  local.get $9
  i32.eqz
  local.tee $18
  if
   local.get $8
   local.get $7
   i32.sub
   local.get $2
   local.get $6
   i32.add
   i32.const 1
   i32.sub
   local.get $6
   i32.div_s
   i32.const 1
   i32.add
   i32.const 2
   i32.div_s
   i32.add
   i32.const 2
   i32.add
   local.get $14
   i32.const 4
   i32.sub
   i32.le_s
   if (result i32)
    local.get $1
    local.get $2
    i32.mul
    local.set $16
    loop $for-loop|0
     local.get $13
     i32.const 4
     i32.add
     local.tee $14
     local.get $16
     i32.le_s
     if
      local.get $22
      local.get $0
      local.get $13
      i32.const 2
      i32.shl
      i32.add
      v128.load
      f32x4.abs
      local.tee $15
      v128.const i32x4 0x5f800000 0x5f800000 0x5f800000 0x5f800000
      f32x4.gt
      local.get $15
      v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000
      f32x4.lt
      v128.and
      v128.or
      local.set $22
      local.get $14
      local.set $13
      br $for-loop|0
     end
    end
    block $__inlined_func$kernels-as/assembly/gemv_panel16/tameInputs (result i32)
     loop $for-loop|1
      local.get $13
      local.get $16
      i32.lt_s
      if
       i32.const 0
       local.get $0
       local.get $13
       i32.const 2
       i32.shl
       i32.add
       f32.load
       f32.abs
       local.tee $37
       f32.const inf
       f32.lt
       local.get $37
       f32.const 18446744073709551615
       f32.gt
       i32.and
       br_if $__inlined_func$kernels-as/assembly/gemv_panel16/tameInputs
       drop
       local.get $13
       i32.const 1
       i32.add
       local.set $13
       br $for-loop|1
      end
     end
     local.get $22
     v128.any_true
     i32.eqz
    end
   else
    i32.const 0
   end
   local.set $18
  end
  local.get $2
  i32.const 4
  i32.shl
  local.set $36
  local.get $11
  local.set $19
  loop $for-loop|00
   local.get $12
   local.get $19
   i32.gt_s
   if
    local.get $4
    local.get $19
    local.get $36
    i32.mul
    i32.add
    local.set $35
    i32.const 0
    local.set $33
    loop $for-loop|11
     local.get $1
     local.get $33
     i32.gt_s
     if
      local.get $33
      i32.const 1
      i32.add
      local.get $1
      i32.lt_s
      local.set $11
      local.get $9
      if
       local.get $9
       i32.const 1
       i32.eq
       if
        local.get $11
        if
         i32.const 16
         local.get $3
         local.get $19
         i32.const 4
         i32.shl
         local.tee $11
         i32.sub
         local.tee $13
         local.get $13
         i32.const 16
         i32.gt_s
         select
         local.set $38
         local.get $10
         local.get $3
         local.get $33
         i32.mul
         local.get $11
         i32.add
         i32.const 2
         i32.shl
         i32.add
         local.tee $16
         local.get $3
         i32.const 2
         i32.shl
         i32.add
         local.set $17
         local.get $6
         i32.const 1
         i32.sub
         i64.extend_i32_s
         local.get $7
         i64.extend_i32_s
         local.get $2
         i64.extend_i32_s
         i64.mul
         i64.add
         local.get $6
         i64.extend_i32_s
         i64.div_u
         i32.wrap_i64
         local.set $41
         local.get $7
         local.set $14
         loop $for-loop|16
          local.get $8
          local.get $14
          i32.gt_s
          if
           local.get $6
           i32.const 1
           i32.sub
           i64.extend_i32_s
           local.tee $34
           local.get $2
           i64.extend_i32_s
           local.tee $39
           local.get $14
           i64.extend_i32_s
           i64.mul
           i64.add
           local.get $6
           i64.extend_i32_s
           local.tee $40
           i64.div_u
           i32.wrap_i64
           local.tee $42
           local.get $34
           local.get $14
           i32.const 1
           i32.add
           i64.extend_i32_s
           local.get $39
           i64.mul
           i64.add
           local.get $40
           i64.div_u
           i32.wrap_i64
           local.tee $43
           i32.ne
           if
            local.get $0
            local.get $2
            local.get $33
            i32.mul
            local.get $42
            i32.add
            i32.const 2
            i32.shl
            i32.add
            local.tee $44
            local.get $2
            i32.const 2
            i32.shl
            i32.add
            local.set $45
            local.get $35
            local.get $42
            i32.const 4
            i32.shl
            i32.add
            local.set $13
            local.get $5
            local.get $14
            local.get $3
            i32.const 15
            i32.add
            i32.const 16
            i32.div_s
            i32.const 4
            i32.shl
            i32.mul
            local.get $19
            i32.const 4
            i32.shl
            i32.add
            i32.const 2
            i32.shl
            i32.add
            local.tee $11
            v128.load
            local.tee $15
            f32x4.abs
            local.set $20
            local.get $11
            v128.load offset=16
            local.tee $30
            f32x4.abs
            local.set $21
            local.get $11
            v128.load offset=32
            local.tee $31
            f32x4.abs
            local.set $22
            local.get $11
            v128.load offset=48
            local.tee $32
            f32x4.abs
            local.set $23
            local.get $15
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            f32x4.eq
            local.get $20
            v128.const i32x4 0x1f800000 0x1f800000 0x1f800000 0x1f800000
            f32x4.ge
            local.get $20
            v128.const i32x4 0x5f800000 0x5f800000 0x5f800000 0x5f800000
            f32x4.le
            v128.and
            v128.or
            local.get $30
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            f32x4.eq
            local.get $21
            v128.const i32x4 0x1f800000 0x1f800000 0x1f800000 0x1f800000
            f32x4.ge
            local.get $21
            v128.const i32x4 0x5f800000 0x5f800000 0x5f800000 0x5f800000
            f32x4.le
            v128.and
            v128.or
            v128.and
            local.get $31
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            f32x4.eq
            local.get $22
            v128.const i32x4 0x1f800000 0x1f800000 0x1f800000 0x1f800000
            f32x4.ge
            local.get $22
            v128.const i32x4 0x5f800000 0x5f800000 0x5f800000 0x5f800000
            f32x4.le
            v128.and
            v128.or
            local.get $32
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            f32x4.eq
            local.get $23
            v128.const i32x4 0x1f800000 0x1f800000 0x1f800000 0x1f800000
            f32x4.ge
            local.get $23
            v128.const i32x4 0x5f800000 0x5f800000 0x5f800000 0x5f800000
            f32x4.le
            v128.and
            v128.or
            v128.and
            v128.and
            i32x4.all_true
            local.tee $11
            if
             i32.const 1
             local.set $11
            end
            local.get $11
            if
             local.get $31
             v128.const i32x4 0x33800000 0x33800000 0x33800000 0x33800000
             f32x4.mul
             local.set $31
             local.get $32
             v128.const i32x4 0x33800000 0x33800000 0x33800000 0x33800000
             f32x4.mul
             local.set $32
             local.get $30
             v128.const i32x4 0x33800000 0x33800000 0x33800000 0x33800000
             f32x4.mul
             local.set $30
             local.get $15
             v128.const i32x4 0x33800000 0x33800000 0x33800000 0x33800000
             f32x4.mul
             local.set $15
            end
            local.get $11
            if
             local.get $13
             local.set $11
             local.get $15
             local.set $20
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.set $22
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.set $23
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.set $25
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.set $15
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.set $29
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.set $26
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.set $27
             local.get $41
             local.get $42
             i32.lt_s
             if (result v128)
              block $kernels-as/assembly/simd/loadLanes|inlined.194 (result v128)
               local.get $38
               i32.const 4
               i32.ge_s
               if
                local.get $16
                v128.load
                br $kernels-as/assembly/simd/loadLanes|inlined.194
               end
               local.get $38
               i32.const 0
               i32.gt_s
               if (result v128)
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
                local.get $16
                f32.load
                f32x4.replace_lane 0
               else
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               end
               local.set $15
               local.get $38
               i32.const 1
               i32.gt_s
               if
                local.get $15
                local.get $16
                f32.load offset=4
                f32x4.replace_lane 1
                local.set $15
               end
               local.get $38
               i32.const 2
               i32.gt_s
               if (result v128)
                local.get $15
                local.get $16
                f32.load offset=8
                f32x4.replace_lane 2
               else
                local.get $15
               end
              end
              local.set $22
              block $kernels-as/assembly/simd/loadLanes|inlined.195 (result v128)
               local.get $38
               i32.const 4
               i32.sub
               local.tee $13
               i32.const 4
               i32.ge_s
               if
                local.get $16
                v128.load offset=16
                br $kernels-as/assembly/simd/loadLanes|inlined.195
               end
               local.get $13
               i32.const 0
               i32.gt_s
               if (result v128)
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
                local.get $16
                f32.load offset=16
                f32x4.replace_lane 0
               else
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               end
               local.set $15
               local.get $13
               i32.const 1
               i32.gt_s
               if
                local.get $15
                local.get $16
                f32.load offset=20
                f32x4.replace_lane 1
                local.set $15
               end
               local.get $13
               i32.const 2
               i32.gt_s
               if (result v128)
                local.get $15
                local.get $16
                f32.load offset=24
                f32x4.replace_lane 2
               else
                local.get $15
               end
              end
              local.set $23
              block $kernels-as/assembly/simd/loadLanes|inlined.196 (result v128)
               local.get $38
               i32.const 8
               i32.sub
               local.tee $13
               i32.const 4
               i32.ge_s
               if
                local.get $16
                v128.load offset=32
                br $kernels-as/assembly/simd/loadLanes|inlined.196
               end
               local.get $13
               i32.const 0
               i32.gt_s
               if (result v128)
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
                local.get $16
                f32.load offset=32
                f32x4.replace_lane 0
               else
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               end
               local.set $15
               local.get $13
               i32.const 1
               i32.gt_s
               if
                local.get $15
                local.get $16
                f32.load offset=36
                f32x4.replace_lane 1
                local.set $15
               end
               local.get $13
               i32.const 2
               i32.gt_s
               if (result v128)
                local.get $15
                local.get $16
                f32.load offset=40
                f32x4.replace_lane 2
               else
                local.get $15
               end
              end
              local.set $25
              block $kernels-as/assembly/simd/loadLanes|inlined.197 (result v128)
               local.get $38
               i32.const 12
               i32.sub
               local.tee $13
               i32.const 4
               i32.ge_s
               if
                local.get $16
                v128.load offset=48
                br $kernels-as/assembly/simd/loadLanes|inlined.197
               end
               local.get $13
               i32.const 0
               i32.gt_s
               if (result v128)
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
                local.get $16
                f32.load offset=48
                f32x4.replace_lane 0
               else
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               end
               local.set $15
               local.get $13
               i32.const 1
               i32.gt_s
               if
                local.get $15
                local.get $16
                f32.load offset=52
                f32x4.replace_lane 1
                local.set $15
               end
               local.get $13
               i32.const 2
               i32.gt_s
               if (result v128)
                local.get $15
                local.get $16
                f32.load offset=56
                f32x4.replace_lane 2
               else
                local.get $15
               end
              end
              local.set $15
              block $kernels-as/assembly/simd/loadLanes|inlined.198 (result v128)
               local.get $38
               i32.const 4
               i32.ge_s
               if
                local.get $17
                v128.load
                br $kernels-as/assembly/simd/loadLanes|inlined.198
               end
               local.get $38
               i32.const 0
               i32.gt_s
               if (result v128)
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
                local.get $17
                f32.load
                f32x4.replace_lane 0
               else
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               end
               local.set $21
               local.get $38
               i32.const 1
               i32.gt_s
               if
                local.get $21
                local.get $17
                f32.load offset=4
                f32x4.replace_lane 1
                local.set $21
               end
               local.get $38
               i32.const 2
               i32.gt_s
               if (result v128)
                local.get $21
                local.get $17
                f32.load offset=8
                f32x4.replace_lane 2
               else
                local.get $21
               end
              end
              local.set $29
              block $kernels-as/assembly/simd/loadLanes|inlined.199 (result v128)
               local.get $38
               i32.const 4
               i32.sub
               local.tee $13
               i32.const 4
               i32.ge_s
               if
                local.get $17
                v128.load offset=16
                br $kernels-as/assembly/simd/loadLanes|inlined.199
               end
               local.get $13
               i32.const 0
               i32.gt_s
               if (result v128)
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
                local.get $17
                f32.load offset=16
                f32x4.replace_lane 0
               else
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               end
               local.set $21
               local.get $13
               i32.const 1
               i32.gt_s
               if
                local.get $21
                local.get $17
                f32.load offset=20
                f32x4.replace_lane 1
                local.set $21
               end
               local.get $13
               i32.const 2
               i32.gt_s
               if (result v128)
                local.get $21
                local.get $17
                f32.load offset=24
                f32x4.replace_lane 2
               else
                local.get $21
               end
              end
              local.set $26
              block $kernels-as/assembly/simd/loadLanes|inlined.200 (result v128)
               local.get $38
               i32.const 8
               i32.sub
               local.tee $13
               i32.const 4
               i32.ge_s
               if
                local.get $17
                v128.load offset=32
                br $kernels-as/assembly/simd/loadLanes|inlined.200
               end
               local.get $13
               i32.const 0
               i32.gt_s
               if (result v128)
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
                local.get $17
                f32.load offset=32
                f32x4.replace_lane 0
               else
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               end
               local.set $21
               local.get $13
               i32.const 1
               i32.gt_s
               if
                local.get $21
                local.get $17
                f32.load offset=36
                f32x4.replace_lane 1
                local.set $21
               end
               local.get $13
               i32.const 2
               i32.gt_s
               if (result v128)
                local.get $21
                local.get $17
                f32.load offset=40
                f32x4.replace_lane 2
               else
                local.get $21
               end
              end
              local.set $27
              block $kernels-as/assembly/simd/loadLanes|inlined.201 (result v128)
               local.get $38
               i32.const 12
               i32.sub
               local.tee $13
               i32.const 4
               i32.ge_s
               if
                local.get $17
                v128.load offset=48
                br $kernels-as/assembly/simd/loadLanes|inlined.201
               end
               local.get $13
               i32.const 0
               i32.gt_s
               if (result v128)
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
                local.get $17
                f32.load offset=48
                f32x4.replace_lane 0
               else
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               end
               local.set $21
               local.get $13
               i32.const 1
               i32.gt_s
               if
                local.get $21
                local.get $17
                f32.load offset=52
                f32x4.replace_lane 1
                local.set $21
               end
               local.get $13
               i32.const 2
               i32.gt_s
               if (result v128)
                local.get $21
                local.get $17
                f32.load offset=56
                f32x4.replace_lane 2
               else
                local.get $21
               end
              end
             else
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             end
             local.set $28
             local.get $11
             local.get $43
             local.get $42
             i32.sub
             local.tee $42
             i32.const 4
             i32.shl
             i32.add
             i32.const 4
             i32.sub
             local.set $43
             i32.const 0
             local.set $13
             loop $for-loop|18
              local.get $13
              local.get $42
              i32.lt_u
              if
               local.get $13
               i32.const 127
               i32.and
               i32.eqz
               if
                local.get $11
                i32.const 1024
                i32.add
                local.tee $46
                local.get $43
                local.get $43
                local.get $46
                i32.gt_u
                select
                i32.load
                drop
               end
               local.get $11
               v128.load
               local.tee $21
               i32.const 24
               i32x4.shl
               f32x4.convert_i32x4_s
               local.get $20
               f32x4.mul
               local.tee $24
               i32.const 1024
               v128.load
               local.tee $47
               f32x4.mul
               local.tee $48
               local.get $48
               local.get $24
               f32x4.sub
               f32x4.sub
               local.tee $24
               local.get $44
               local.get $13
               i32.const 2
               i32.shl
               local.tee $46
               i32.add
               v128.load32_splat
               local.tee $48
               f32x4.mul
               local.get $22
               f32x4.add
               local.set $22
               local.get $21
               i32.const 16
               i32x4.shl
               i32.const 1040
               v128.load
               local.tee $49
               v128.and
               f32x4.convert_i32x4_s
               local.get $30
               f32x4.mul
               local.tee $50
               local.get $47
               f32x4.mul
               local.tee $51
               local.get $51
               local.get $50
               f32x4.sub
               f32x4.sub
               local.tee $50
               local.get $48
               f32x4.mul
               local.get $23
               f32x4.add
               local.set $23
               local.get $21
               i32.const 8
               i32x4.shl
               local.get $49
               v128.and
               f32x4.convert_i32x4_s
               local.get $31
               f32x4.mul
               local.tee $51
               local.get $47
               f32x4.mul
               local.tee $52
               local.get $52
               local.get $51
               f32x4.sub
               f32x4.sub
               local.tee $51
               local.get $48
               f32x4.mul
               local.get $25
               f32x4.add
               local.set $25
               local.get $21
               local.get $49
               v128.and
               f32x4.convert_i32x4_s
               local.get $32
               f32x4.mul
               local.tee $21
               local.get $47
               f32x4.mul
               local.tee $47
               local.get $47
               local.get $21
               f32x4.sub
               f32x4.sub
               local.tee $21
               local.get $48
               f32x4.mul
               local.get $15
               f32x4.add
               local.set $15
               local.get $24
               local.get $45
               local.get $46
               i32.add
               v128.load32_splat
               local.tee $24
               f32x4.mul
               local.get $29
               f32x4.add
               local.set $29
               local.get $50
               local.get $24
               f32x4.mul
               local.get $26
               f32x4.add
               local.set $26
               local.get $51
               local.get $24
               f32x4.mul
               local.get $27
               f32x4.add
               local.set $27
               local.get $21
               local.get $24
               f32x4.mul
               local.get $28
               f32x4.add
               local.set $28
               local.get $11
               i32.const 16
               i32.add
               local.set $11
               local.get $13
               i32.const 1
               i32.add
               local.set $13
               br $for-loop|18
              end
             end
             block $kernels-as/assembly/simd/storeLanes|inlined.130
              local.get $38
              i32.const 4
              i32.ge_s
              if
               local.get $16
               local.get $22
               v128.store
               br $kernels-as/assembly/simd/storeLanes|inlined.130
              end
              local.get $38
              i32.const 0
              i32.gt_s
              if
               local.get $16
               local.get $22
               f32x4.extract_lane 0
               f32.store
              end
              local.get $38
              i32.const 1
              i32.gt_s
              if
               local.get $16
               local.get $22
               f32x4.extract_lane 1
               f32.store offset=4
              end
              local.get $38
              i32.const 2
              i32.gt_s
              if
               local.get $16
               local.get $22
               f32x4.extract_lane 2
               f32.store offset=8
              end
             end
             block $kernels-as/assembly/simd/storeLanes|inlined.131
              local.get $38
              i32.const 4
              i32.sub
              local.tee $11
              i32.const 4
              i32.ge_s
              if
               local.get $16
               local.get $23
               v128.store offset=16
               br $kernels-as/assembly/simd/storeLanes|inlined.131
              end
              local.get $11
              i32.const 0
              i32.gt_s
              if
               local.get $16
               local.get $23
               f32x4.extract_lane 0
               f32.store offset=16
              end
              local.get $11
              i32.const 1
              i32.gt_s
              if
               local.get $16
               local.get $23
               f32x4.extract_lane 1
               f32.store offset=20
              end
              local.get $11
              i32.const 2
              i32.gt_s
              if
               local.get $16
               local.get $23
               f32x4.extract_lane 2
               f32.store offset=24
              end
             end
             block $kernels-as/assembly/simd/storeLanes|inlined.132
              local.get $38
              i32.const 8
              i32.sub
              local.tee $11
              i32.const 4
              i32.ge_s
              if
               local.get $16
               local.get $25
               v128.store offset=32
               br $kernels-as/assembly/simd/storeLanes|inlined.132
              end
              local.get $11
              i32.const 0
              i32.gt_s
              if
               local.get $16
               local.get $25
               f32x4.extract_lane 0
               f32.store offset=32
              end
              local.get $11
              i32.const 1
              i32.gt_s
              if
               local.get $16
               local.get $25
               f32x4.extract_lane 1
               f32.store offset=36
              end
              local.get $11
              i32.const 2
              i32.gt_s
              if
               local.get $16
               local.get $25
               f32x4.extract_lane 2
               f32.store offset=40
              end
             end
             block $kernels-as/assembly/simd/storeLanes|inlined.133
              local.get $38
              i32.const 12
              i32.sub
              local.tee $11
              i32.const 4
              i32.ge_s
              if
               local.get $16
               local.get $15
               v128.store offset=48
               br $kernels-as/assembly/simd/storeLanes|inlined.133
              end
              local.get $11
              i32.const 0
              i32.gt_s
              if
               local.get $16
               local.get $15
               f32x4.extract_lane 0
               f32.store offset=48
              end
              local.get $11
              i32.const 1
              i32.gt_s
              if
               local.get $16
               local.get $15
               f32x4.extract_lane 1
               f32.store offset=52
              end
              local.get $11
              i32.const 2
              i32.gt_s
              if
               local.get $16
               local.get $15
               f32x4.extract_lane 2
               f32.store offset=56
              end
             end
             block $kernels-as/assembly/simd/storeLanes|inlined.134
              local.get $38
              i32.const 4
              i32.ge_s
              if
               local.get $17
               local.get $29
               v128.store
               br $kernels-as/assembly/simd/storeLanes|inlined.134
              end
              local.get $38
              i32.const 0
              i32.gt_s
              if
               local.get $17
               local.get $29
               f32x4.extract_lane 0
               f32.store
              end
              local.get $38
              i32.const 1
              i32.gt_s
              if
               local.get $17
               local.get $29
               f32x4.extract_lane 1
               f32.store offset=4
              end
              local.get $38
              i32.const 2
              i32.gt_s
              if
               local.get $17
               local.get $29
               f32x4.extract_lane 2
               f32.store offset=8
              end
             end
             block $kernels-as/assembly/simd/storeLanes|inlined.135
              local.get $38
              i32.const 4
              i32.sub
              local.tee $11
              i32.const 4
              i32.ge_s
              if
               local.get $17
               local.get $26
               v128.store offset=16
               br $kernels-as/assembly/simd/storeLanes|inlined.135
              end
              local.get $11
              i32.const 0
              i32.gt_s
              if
               local.get $17
               local.get $26
               f32x4.extract_lane 0
               f32.store offset=16
              end
              local.get $11
              i32.const 1
              i32.gt_s
              if
               local.get $17
               local.get $26
               f32x4.extract_lane 1
               f32.store offset=20
              end
              local.get $11
              i32.const 2
              i32.gt_s
              if
               local.get $17
               local.get $26
               f32x4.extract_lane 2
               f32.store offset=24
              end
             end
             block $kernels-as/assembly/simd/storeLanes|inlined.136
              local.get $38
              i32.const 8
              i32.sub
              local.tee $11
              i32.const 4
              i32.ge_s
              if
               local.get $17
               local.get $27
               v128.store offset=32
               br $kernels-as/assembly/simd/storeLanes|inlined.136
              end
              local.get $11
              i32.const 0
              i32.gt_s
              if
               local.get $17
               local.get $27
               f32x4.extract_lane 0
               f32.store offset=32
              end
              local.get $11
              i32.const 1
              i32.gt_s
              if
               local.get $17
               local.get $27
               f32x4.extract_lane 1
               f32.store offset=36
              end
              local.get $11
              i32.const 2
              i32.gt_s
              if
               local.get $17
               local.get $27
               f32x4.extract_lane 2
               f32.store offset=40
              end
             end
             block $kernels-as/assembly/simd/storeLanes|inlined.137
              local.get $38
              i32.const 12
              i32.sub
              local.tee $11
              i32.const 4
              i32.ge_s
              if
               local.get $17
               local.get $28
               v128.store offset=48
               br $kernels-as/assembly/simd/storeLanes|inlined.137
              end
              local.get $11
              i32.const 0
              i32.gt_s
              if
               local.get $17
               local.get $28
               f32x4.extract_lane 0
               f32.store offset=48
              end
              local.get $11
              i32.const 1
              i32.gt_s
              if
               local.get $17
               local.get $28
               f32x4.extract_lane 1
               f32.store offset=52
              end
              local.get $11
              i32.const 2
              i32.gt_s
              if
               local.get $17
               local.get $28
               f32x4.extract_lane 2
               f32.store offset=56
              end
             end
            else
             local.get $15
             local.set $20
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.set $22
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.set $23
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.set $25
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.set $15
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.set $29
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.set $26
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.set $27
             local.get $41
             local.get $42
             i32.lt_s
             if (result v128)
              block $kernels-as/assembly/simd/loadLanes|inlined.210 (result v128)
               local.get $38
               i32.const 4
               i32.ge_s
               if
                local.get $16
                v128.load
                br $kernels-as/assembly/simd/loadLanes|inlined.210
               end
               local.get $38
               i32.const 0
               i32.gt_s
               if (result v128)
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
                local.get $16
                f32.load
                f32x4.replace_lane 0
               else
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               end
               local.set $15
               local.get $38
               i32.const 1
               i32.gt_s
               if
                local.get $15
                local.get $16
                f32.load offset=4
                f32x4.replace_lane 1
                local.set $15
               end
               local.get $38
               i32.const 2
               i32.gt_s
               if (result v128)
                local.get $15
                local.get $16
                f32.load offset=8
                f32x4.replace_lane 2
               else
                local.get $15
               end
              end
              local.set $22
              block $kernels-as/assembly/simd/loadLanes|inlined.211 (result v128)
               local.get $38
               i32.const 4
               i32.sub
               local.tee $11
               i32.const 4
               i32.ge_s
               if
                local.get $16
                v128.load offset=16
                br $kernels-as/assembly/simd/loadLanes|inlined.211
               end
               local.get $11
               i32.const 0
               i32.gt_s
               if (result v128)
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
                local.get $16
                f32.load offset=16
                f32x4.replace_lane 0
               else
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               end
               local.set $15
               local.get $11
               i32.const 1
               i32.gt_s
               if
                local.get $15
                local.get $16
                f32.load offset=20
                f32x4.replace_lane 1
                local.set $15
               end
               local.get $11
               i32.const 2
               i32.gt_s
               if (result v128)
                local.get $15
                local.get $16
                f32.load offset=24
                f32x4.replace_lane 2
               else
                local.get $15
               end
              end
              local.set $23
              block $kernels-as/assembly/simd/loadLanes|inlined.212 (result v128)
               local.get $38
               i32.const 8
               i32.sub
               local.tee $11
               i32.const 4
               i32.ge_s
               if
                local.get $16
                v128.load offset=32
                br $kernels-as/assembly/simd/loadLanes|inlined.212
               end
               local.get $11
               i32.const 0
               i32.gt_s
               if (result v128)
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
                local.get $16
                f32.load offset=32
                f32x4.replace_lane 0
               else
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               end
               local.set $15
               local.get $11
               i32.const 1
               i32.gt_s
               if
                local.get $15
                local.get $16
                f32.load offset=36
                f32x4.replace_lane 1
                local.set $15
               end
               local.get $11
               i32.const 2
               i32.gt_s
               if (result v128)
                local.get $15
                local.get $16
                f32.load offset=40
                f32x4.replace_lane 2
               else
                local.get $15
               end
              end
              local.set $25
              block $kernels-as/assembly/simd/loadLanes|inlined.213 (result v128)
               local.get $38
               i32.const 12
               i32.sub
               local.tee $11
               i32.const 4
               i32.ge_s
               if
                local.get $16
                v128.load offset=48
                br $kernels-as/assembly/simd/loadLanes|inlined.213
               end
               local.get $11
               i32.const 0
               i32.gt_s
               if (result v128)
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
                local.get $16
                f32.load offset=48
                f32x4.replace_lane 0
               else
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               end
               local.set $15
               local.get $11
               i32.const 1
               i32.gt_s
               if
                local.get $15
                local.get $16
                f32.load offset=52
                f32x4.replace_lane 1
                local.set $15
               end
               local.get $11
               i32.const 2
               i32.gt_s
               if (result v128)
                local.get $15
                local.get $16
                f32.load offset=56
                f32x4.replace_lane 2
               else
                local.get $15
               end
              end
              local.set $15
              block $kernels-as/assembly/simd/loadLanes|inlined.214 (result v128)
               local.get $38
               i32.const 4
               i32.ge_s
               if
                local.get $17
                v128.load
                br $kernels-as/assembly/simd/loadLanes|inlined.214
               end
               local.get $38
               i32.const 0
               i32.gt_s
               if (result v128)
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
                local.get $17
                f32.load
                f32x4.replace_lane 0
               else
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               end
               local.set $21
               local.get $38
               i32.const 1
               i32.gt_s
               if
                local.get $21
                local.get $17
                f32.load offset=4
                f32x4.replace_lane 1
                local.set $21
               end
               local.get $38
               i32.const 2
               i32.gt_s
               if (result v128)
                local.get $21
                local.get $17
                f32.load offset=8
                f32x4.replace_lane 2
               else
                local.get $21
               end
              end
              local.set $29
              block $kernels-as/assembly/simd/loadLanes|inlined.215 (result v128)
               local.get $38
               i32.const 4
               i32.sub
               local.tee $11
               i32.const 4
               i32.ge_s
               if
                local.get $17
                v128.load offset=16
                br $kernels-as/assembly/simd/loadLanes|inlined.215
               end
               local.get $11
               i32.const 0
               i32.gt_s
               if (result v128)
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
                local.get $17
                f32.load offset=16
                f32x4.replace_lane 0
               else
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               end
               local.set $21
               local.get $11
               i32.const 1
               i32.gt_s
               if
                local.get $21
                local.get $17
                f32.load offset=20
                f32x4.replace_lane 1
                local.set $21
               end
               local.get $11
               i32.const 2
               i32.gt_s
               if (result v128)
                local.get $21
                local.get $17
                f32.load offset=24
                f32x4.replace_lane 2
               else
                local.get $21
               end
              end
              local.set $26
              block $kernels-as/assembly/simd/loadLanes|inlined.216 (result v128)
               local.get $38
               i32.const 8
               i32.sub
               local.tee $11
               i32.const 4
               i32.ge_s
               if
                local.get $17
                v128.load offset=32
                br $kernels-as/assembly/simd/loadLanes|inlined.216
               end
               local.get $11
               i32.const 0
               i32.gt_s
               if (result v128)
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
                local.get $17
                f32.load offset=32
                f32x4.replace_lane 0
               else
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               end
               local.set $21
               local.get $11
               i32.const 1
               i32.gt_s
               if
                local.get $21
                local.get $17
                f32.load offset=36
                f32x4.replace_lane 1
                local.set $21
               end
               local.get $11
               i32.const 2
               i32.gt_s
               if (result v128)
                local.get $21
                local.get $17
                f32.load offset=40
                f32x4.replace_lane 2
               else
                local.get $21
               end
              end
              local.set $27
              block $kernels-as/assembly/simd/loadLanes|inlined.217 (result v128)
               local.get $38
               i32.const 12
               i32.sub
               local.tee $11
               i32.const 4
               i32.ge_s
               if
                local.get $17
                v128.load offset=48
                br $kernels-as/assembly/simd/loadLanes|inlined.217
               end
               local.get $11
               i32.const 0
               i32.gt_s
               if (result v128)
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
                local.get $17
                f32.load offset=48
                f32x4.replace_lane 0
               else
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               end
               local.set $21
               local.get $11
               i32.const 1
               i32.gt_s
               if
                local.get $21
                local.get $17
                f32.load offset=52
                f32x4.replace_lane 1
                local.set $21
               end
               local.get $11
               i32.const 2
               i32.gt_s
               if (result v128)
                local.get $21
                local.get $17
                f32.load offset=56
                f32x4.replace_lane 2
               else
                local.get $21
               end
              end
             else
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             end
             local.set $28
             local.get $13
             local.get $43
             local.get $42
             i32.sub
             local.tee $42
             i32.const 4
             i32.shl
             i32.add
             i32.const 4
             i32.sub
             local.set $43
             i32.const 0
             local.set $11
             loop $for-loop|20
              local.get $11
              local.get $42
              i32.lt_u
              if
               local.get $11
               i32.const 127
               i32.and
               i32.eqz
               if
                local.get $13
                i32.const 1024
                i32.add
                local.tee $46
                local.get $43
                local.get $43
                local.get $46
                i32.gt_u
                select
                i32.load
                drop
               end
               local.get $13
               v128.load
               local.tee $21
               i32.const 24
               i32x4.shl
               i32.const 24
               i32x4.shr_s
               f32x4.convert_i32x4_s
               local.get $20
               f32x4.mul
               local.tee $24
               v128.const i32x4 0x00007fff 0x00007fff 0x00007fff 0x00007fff
               i32x4.add
               local.get $24
               i32.const 16
               i32x4.shr_u
               v128.const i32x4 0x00000001 0x00000001 0x00000001 0x00000001
               v128.and
               i32x4.add
               v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
               v128.and
               local.tee $24
               local.get $44
               local.get $11
               i32.const 2
               i32.shl
               local.tee $46
               i32.add
               v128.load32_splat
               local.tee $47
               f32x4.mul
               local.get $22
               f32x4.add
               local.set $22
               local.get $21
               i32.const 16
               i32x4.shl
               i32.const 24
               i32x4.shr_s
               f32x4.convert_i32x4_s
               local.get $30
               f32x4.mul
               local.tee $48
               v128.const i32x4 0x00007fff 0x00007fff 0x00007fff 0x00007fff
               i32x4.add
               local.get $48
               i32.const 16
               i32x4.shr_u
               v128.const i32x4 0x00000001 0x00000001 0x00000001 0x00000001
               v128.and
               i32x4.add
               v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
               v128.and
               local.tee $48
               local.get $47
               f32x4.mul
               local.get $23
               f32x4.add
               local.set $23
               local.get $21
               i32.const 8
               i32x4.shl
               i32.const 24
               i32x4.shr_s
               f32x4.convert_i32x4_s
               local.get $31
               f32x4.mul
               local.tee $49
               v128.const i32x4 0x00007fff 0x00007fff 0x00007fff 0x00007fff
               i32x4.add
               local.get $49
               i32.const 16
               i32x4.shr_u
               v128.const i32x4 0x00000001 0x00000001 0x00000001 0x00000001
               v128.and
               i32x4.add
               v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
               v128.and
               local.tee $49
               local.get $47
               f32x4.mul
               local.get $25
               f32x4.add
               local.set $25
               local.get $21
               i32.const 24
               i32x4.shr_s
               f32x4.convert_i32x4_s
               local.get $32
               f32x4.mul
               local.tee $21
               v128.const i32x4 0x00007fff 0x00007fff 0x00007fff 0x00007fff
               i32x4.add
               local.get $21
               i32.const 16
               i32x4.shr_u
               v128.const i32x4 0x00000001 0x00000001 0x00000001 0x00000001
               v128.and
               i32x4.add
               v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
               v128.and
               local.tee $21
               local.get $47
               f32x4.mul
               local.get $15
               f32x4.add
               local.set $15
               local.get $24
               local.get $45
               local.get $46
               i32.add
               v128.load32_splat
               local.tee $24
               f32x4.mul
               local.get $29
               f32x4.add
               local.set $29
               local.get $48
               local.get $24
               f32x4.mul
               local.get $26
               f32x4.add
               local.set $26
               local.get $49
               local.get $24
               f32x4.mul
               local.get $27
               f32x4.add
               local.set $27
               local.get $21
               local.get $24
               f32x4.mul
               local.get $28
               f32x4.add
               local.set $28
               local.get $13
               i32.const 16
               i32.add
               local.set $13
               local.get $11
               i32.const 1
               i32.add
               local.set $11
               br $for-loop|20
              end
             end
             block $kernels-as/assembly/simd/storeLanes|inlined.138
              local.get $38
              i32.const 4
              i32.ge_s
              if
               local.get $16
               local.get $22
               v128.store
               br $kernels-as/assembly/simd/storeLanes|inlined.138
              end
              local.get $38
              i32.const 0
              i32.gt_s
              if
               local.get $16
               local.get $22
               f32x4.extract_lane 0
               f32.store
              end
              local.get $38
              i32.const 1
              i32.gt_s
              if
               local.get $16
               local.get $22
               f32x4.extract_lane 1
               f32.store offset=4
              end
              local.get $38
              i32.const 2
              i32.gt_s
              if
               local.get $16
               local.get $22
               f32x4.extract_lane 2
               f32.store offset=8
              end
             end
             block $kernels-as/assembly/simd/storeLanes|inlined.139
              local.get $38
              i32.const 4
              i32.sub
              local.tee $11
              i32.const 4
              i32.ge_s
              if
               local.get $16
               local.get $23
               v128.store offset=16
               br $kernels-as/assembly/simd/storeLanes|inlined.139
              end
              local.get $11
              i32.const 0
              i32.gt_s
              if
               local.get $16
               local.get $23
               f32x4.extract_lane 0
               f32.store offset=16
              end
              local.get $11
              i32.const 1
              i32.gt_s
              if
               local.get $16
               local.get $23
               f32x4.extract_lane 1
               f32.store offset=20
              end
              local.get $11
              i32.const 2
              i32.gt_s
              if
               local.get $16
               local.get $23
               f32x4.extract_lane 2
               f32.store offset=24
              end
             end
             block $kernels-as/assembly/simd/storeLanes|inlined.140
              local.get $38
              i32.const 8
              i32.sub
              local.tee $11
              i32.const 4
              i32.ge_s
              if
               local.get $16
               local.get $25
               v128.store offset=32
               br $kernels-as/assembly/simd/storeLanes|inlined.140
              end
              local.get $11
              i32.const 0
              i32.gt_s
              if
               local.get $16
               local.get $25
               f32x4.extract_lane 0
               f32.store offset=32
              end
              local.get $11
              i32.const 1
              i32.gt_s
              if
               local.get $16
               local.get $25
               f32x4.extract_lane 1
               f32.store offset=36
              end
              local.get $11
              i32.const 2
              i32.gt_s
              if
               local.get $16
               local.get $25
               f32x4.extract_lane 2
               f32.store offset=40
              end
             end
             block $kernels-as/assembly/simd/storeLanes|inlined.141
              local.get $38
              i32.const 12
              i32.sub
              local.tee $11
              i32.const 4
              i32.ge_s
              if
               local.get $16
               local.get $15
               v128.store offset=48
               br $kernels-as/assembly/simd/storeLanes|inlined.141
              end
              local.get $11
              i32.const 0
              i32.gt_s
              if
               local.get $16
               local.get $15
               f32x4.extract_lane 0
               f32.store offset=48
              end
              local.get $11
              i32.const 1
              i32.gt_s
              if
               local.get $16
               local.get $15
               f32x4.extract_lane 1
               f32.store offset=52
              end
              local.get $11
              i32.const 2
              i32.gt_s
              if
               local.get $16
               local.get $15
               f32x4.extract_lane 2
               f32.store offset=56
              end
             end
             block $kernels-as/assembly/simd/storeLanes|inlined.142
              local.get $38
              i32.const 4
              i32.ge_s
              if
               local.get $17
               local.get $29
               v128.store
               br $kernels-as/assembly/simd/storeLanes|inlined.142
              end
              local.get $38
              i32.const 0
              i32.gt_s
              if
               local.get $17
               local.get $29
               f32x4.extract_lane 0
               f32.store
              end
              local.get $38
              i32.const 1
              i32.gt_s
              if
               local.get $17
               local.get $29
               f32x4.extract_lane 1
               f32.store offset=4
              end
              local.get $38
              i32.const 2
              i32.gt_s
              if
               local.get $17
               local.get $29
               f32x4.extract_lane 2
               f32.store offset=8
              end
             end
             block $kernels-as/assembly/simd/storeLanes|inlined.143
              local.get $38
              i32.const 4
              i32.sub
              local.tee $11
              i32.const 4
              i32.ge_s
              if
               local.get $17
               local.get $26
               v128.store offset=16
               br $kernels-as/assembly/simd/storeLanes|inlined.143
              end
              local.get $11
              i32.const 0
              i32.gt_s
              if
               local.get $17
               local.get $26
               f32x4.extract_lane 0
               f32.store offset=16
              end
              local.get $11
              i32.const 1
              i32.gt_s
              if
               local.get $17
               local.get $26
               f32x4.extract_lane 1
               f32.store offset=20
              end
              local.get $11
              i32.const 2
              i32.gt_s
              if
               local.get $17
               local.get $26
               f32x4.extract_lane 2
               f32.store offset=24
              end
             end
             block $kernels-as/assembly/simd/storeLanes|inlined.144
              local.get $38
              i32.const 8
              i32.sub
              local.tee $11
              i32.const 4
              i32.ge_s
              if
               local.get $17
               local.get $27
               v128.store offset=32
               br $kernels-as/assembly/simd/storeLanes|inlined.144
              end
              local.get $11
              i32.const 0
              i32.gt_s
              if
               local.get $17
               local.get $27
               f32x4.extract_lane 0
               f32.store offset=32
              end
              local.get $11
              i32.const 1
              i32.gt_s
              if
               local.get $17
               local.get $27
               f32x4.extract_lane 1
               f32.store offset=36
              end
              local.get $11
              i32.const 2
              i32.gt_s
              if
               local.get $17
               local.get $27
               f32x4.extract_lane 2
               f32.store offset=40
              end
             end
             block $kernels-as/assembly/simd/storeLanes|inlined.145
              local.get $38
              i32.const 12
              i32.sub
              local.tee $11
              i32.const 4
              i32.ge_s
              if
               local.get $17
               local.get $28
               v128.store offset=48
               br $kernels-as/assembly/simd/storeLanes|inlined.145
              end
              local.get $11
              i32.const 0
              i32.gt_s
              if
               local.get $17
               local.get $28
               f32x4.extract_lane 0
               f32.store offset=48
              end
              local.get $11
              i32.const 1
              i32.gt_s
              if
               local.get $17
               local.get $28
               f32x4.extract_lane 1
               f32.store offset=52
              end
              local.get $11
              i32.const 2
              i32.gt_s
              if
               local.get $17
               local.get $28
               f32x4.extract_lane 2
               f32.store offset=56
              end
             end
            end
           end
           local.get $14
           i32.const 1
           i32.add
           local.set $14
           br $for-loop|16
          end
         end
        else
         i32.const 16
         local.get $3
         local.get $19
         i32.const 4
         i32.shl
         local.tee $11
         i32.sub
         local.tee $13
         local.get $13
         i32.const 16
         i32.gt_s
         select
         local.set $17
         local.get $10
         local.get $3
         local.get $33
         i32.mul
         local.get $11
         i32.add
         i32.const 2
         i32.shl
         i32.add
         local.set $16
         local.get $6
         i32.const 1
         i32.sub
         i64.extend_i32_s
         local.get $7
         i64.extend_i32_s
         local.get $2
         i64.extend_i32_s
         i64.mul
         i64.add
         local.get $6
         i64.extend_i32_s
         i64.div_u
         i32.wrap_i64
         local.set $38
         local.get $7
         local.set $14
         loop $for-loop|23
          local.get $8
          local.get $14
          i32.gt_s
          if
           local.get $6
           i32.const 1
           i32.sub
           i64.extend_i32_s
           local.tee $34
           local.get $2
           i64.extend_i32_s
           local.tee $39
           local.get $14
           i64.extend_i32_s
           i64.mul
           i64.add
           local.get $6
           i64.extend_i32_s
           local.tee $40
           i64.div_u
           i32.wrap_i64
           local.tee $41
           local.get $34
           local.get $14
           i32.const 1
           i32.add
           i64.extend_i32_s
           local.get $39
           i64.mul
           i64.add
           local.get $40
           i64.div_u
           i32.wrap_i64
           local.tee $42
           i32.ne
           if
            local.get $35
            local.get $41
            i32.const 4
            i32.shl
            i32.add
            local.set $13
            local.get $5
            local.get $14
            local.get $3
            i32.const 15
            i32.add
            i32.const 16
            i32.div_s
            i32.const 4
            i32.shl
            i32.mul
            local.get $19
            i32.const 4
            i32.shl
            i32.add
            i32.const 2
            i32.shl
            i32.add
            local.tee $11
            v128.load
            local.tee $15
            f32x4.abs
            local.set $20
            local.get $11
            v128.load offset=16
            local.tee $30
            f32x4.abs
            local.set $21
            local.get $11
            v128.load offset=32
            local.tee $31
            f32x4.abs
            local.set $22
            local.get $11
            v128.load offset=48
            local.tee $32
            f32x4.abs
            local.set $23
            local.get $15
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            f32x4.eq
            local.get $20
            v128.const i32x4 0x1f800000 0x1f800000 0x1f800000 0x1f800000
            f32x4.ge
            local.get $20
            v128.const i32x4 0x5f800000 0x5f800000 0x5f800000 0x5f800000
            f32x4.le
            v128.and
            v128.or
            local.get $30
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            f32x4.eq
            local.get $21
            v128.const i32x4 0x1f800000 0x1f800000 0x1f800000 0x1f800000
            f32x4.ge
            local.get $21
            v128.const i32x4 0x5f800000 0x5f800000 0x5f800000 0x5f800000
            f32x4.le
            v128.and
            v128.or
            v128.and
            local.get $31
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            f32x4.eq
            local.get $22
            v128.const i32x4 0x1f800000 0x1f800000 0x1f800000 0x1f800000
            f32x4.ge
            local.get $22
            v128.const i32x4 0x5f800000 0x5f800000 0x5f800000 0x5f800000
            f32x4.le
            v128.and
            v128.or
            local.get $32
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            f32x4.eq
            local.get $23
            v128.const i32x4 0x1f800000 0x1f800000 0x1f800000 0x1f800000
            f32x4.ge
            local.get $23
            v128.const i32x4 0x5f800000 0x5f800000 0x5f800000 0x5f800000
            f32x4.le
            v128.and
            v128.or
            v128.and
            v128.and
            i32x4.all_true
            local.tee $11
            if
             i32.const 1
             local.set $11
            end
            local.get $11
            if (result v128)
             local.get $31
             v128.const i32x4 0x33800000 0x33800000 0x33800000 0x33800000
             f32x4.mul
             local.set $31
             local.get $32
             v128.const i32x4 0x33800000 0x33800000 0x33800000 0x33800000
             f32x4.mul
             local.set $32
             local.get $30
             v128.const i32x4 0x33800000 0x33800000 0x33800000 0x33800000
             f32x4.mul
             local.set $30
             local.get $15
             v128.const i32x4 0x33800000 0x33800000 0x33800000 0x33800000
             f32x4.mul
            else
             local.get $15
            end
            local.set $20
            local.get $0
            local.get $2
            local.get $33
            i32.mul
            local.get $41
            i32.add
            i32.const 2
            i32.shl
            i32.add
            local.set $43
            local.get $11
            if
             local.get $13
             local.set $11
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.set $21
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.set $27
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.set $25
             local.get $38
             local.get $41
             i32.lt_s
             if (result v128)
              block $kernels-as/assembly/simd/loadLanes|inlined.274 (result v128)
               local.get $17
               i32.const 4
               i32.ge_s
               if
                local.get $16
                v128.load
                br $kernels-as/assembly/simd/loadLanes|inlined.274
               end
               local.get $17
               i32.const 0
               i32.gt_s
               if (result v128)
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
                local.get $16
                f32.load
                f32x4.replace_lane 0
               else
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               end
               local.set $15
               local.get $17
               i32.const 1
               i32.gt_s
               if
                local.get $15
                local.get $16
                f32.load offset=4
                f32x4.replace_lane 1
                local.set $15
               end
               local.get $17
               i32.const 2
               i32.gt_s
               if (result v128)
                local.get $15
                local.get $16
                f32.load offset=8
                f32x4.replace_lane 2
               else
                local.get $15
               end
              end
              local.set $21
              block $kernels-as/assembly/simd/loadLanes|inlined.275 (result v128)
               local.get $17
               i32.const 4
               i32.sub
               local.tee $13
               i32.const 4
               i32.ge_s
               if
                local.get $16
                v128.load offset=16
                br $kernels-as/assembly/simd/loadLanes|inlined.275
               end
               local.get $13
               i32.const 0
               i32.gt_s
               if (result v128)
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
                local.get $16
                f32.load offset=16
                f32x4.replace_lane 0
               else
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               end
               local.set $15
               local.get $13
               i32.const 1
               i32.gt_s
               if
                local.get $15
                local.get $16
                f32.load offset=20
                f32x4.replace_lane 1
                local.set $15
               end
               local.get $13
               i32.const 2
               i32.gt_s
               if (result v128)
                local.get $15
                local.get $16
                f32.load offset=24
                f32x4.replace_lane 2
               else
                local.get $15
               end
              end
              local.set $27
              block $kernels-as/assembly/simd/loadLanes|inlined.276 (result v128)
               local.get $17
               i32.const 8
               i32.sub
               local.tee $13
               i32.const 4
               i32.ge_s
               if
                local.get $16
                v128.load offset=32
                br $kernels-as/assembly/simd/loadLanes|inlined.276
               end
               local.get $13
               i32.const 0
               i32.gt_s
               if (result v128)
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
                local.get $16
                f32.load offset=32
                f32x4.replace_lane 0
               else
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               end
               local.set $15
               local.get $13
               i32.const 1
               i32.gt_s
               if
                local.get $15
                local.get $16
                f32.load offset=36
                f32x4.replace_lane 1
                local.set $15
               end
               local.get $13
               i32.const 2
               i32.gt_s
               if (result v128)
                local.get $15
                local.get $16
                f32.load offset=40
                f32x4.replace_lane 2
               else
                local.get $15
               end
              end
              local.set $25
              block $kernels-as/assembly/simd/loadLanes|inlined.277 (result v128)
               local.get $17
               i32.const 12
               i32.sub
               local.tee $13
               i32.const 4
               i32.ge_s
               if
                local.get $16
                v128.load offset=48
                br $kernels-as/assembly/simd/loadLanes|inlined.277
               end
               local.get $13
               i32.const 0
               i32.gt_s
               if (result v128)
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
                local.get $16
                f32.load offset=48
                f32x4.replace_lane 0
               else
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               end
               local.set $15
               local.get $13
               i32.const 1
               i32.gt_s
               if
                local.get $15
                local.get $16
                f32.load offset=52
                f32x4.replace_lane 1
                local.set $15
               end
               local.get $13
               i32.const 2
               i32.gt_s
               if (result v128)
                local.get $15
                local.get $16
                f32.load offset=56
                f32x4.replace_lane 2
               else
                local.get $15
               end
              end
             else
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             end
             local.set $15
             local.get $11
             local.get $42
             local.get $41
             i32.sub
             local.tee $41
             i32.const 4
             i32.shl
             i32.add
             i32.const 4
             i32.sub
             local.set $42
             i32.const 0
             local.set $13
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.set $29
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.set $22
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.set $28
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.set $24
             loop $for-loop|28
              local.get $13
              i32.const 2
              i32.add
              local.get $41
              i32.le_u
              if
               local.get $13
               i32.const 127
               i32.and
               i32.eqz
               if
                local.get $11
                i32.const 1024
                i32.add
                local.tee $44
                local.get $42
                local.get $42
                local.get $44
                i32.gt_u
                select
                i32.load
                drop
               end
               local.get $11
               v128.load
               local.tee $23
               i32.const 24
               i32x4.shl
               f32x4.convert_i32x4_s
               local.get $20
               f32x4.mul
               local.tee $26
               i32.const 1024
               v128.load
               local.tee $47
               f32x4.mul
               local.tee $48
               local.get $48
               local.get $26
               f32x4.sub
               f32x4.sub
               local.get $43
               local.get $13
               i32.const 2
               i32.shl
               i32.add
               local.tee $44
               v128.load32_splat
               local.tee $26
               f32x4.mul
               local.get $21
               f32x4.add
               local.set $21
               local.get $11
               v128.load offset=16
               local.tee $48
               i32.const 24
               i32x4.shl
               f32x4.convert_i32x4_s
               local.get $20
               f32x4.mul
               local.tee $49
               local.get $47
               f32x4.mul
               local.tee $50
               local.get $50
               local.get $49
               f32x4.sub
               f32x4.sub
               local.get $44
               v128.load32_splat offset=4
               local.tee $49
               f32x4.mul
               local.get $29
               f32x4.add
               local.set $29
               local.get $23
               i32.const 16
               i32x4.shl
               i32.const 1040
               v128.load
               local.tee $50
               v128.and
               f32x4.convert_i32x4_s
               local.get $30
               f32x4.mul
               local.tee $51
               local.get $47
               f32x4.mul
               local.tee $52
               local.get $52
               local.get $51
               f32x4.sub
               f32x4.sub
               local.get $26
               f32x4.mul
               local.get $27
               f32x4.add
               local.set $27
               local.get $48
               i32.const 16
               i32x4.shl
               local.get $50
               v128.and
               f32x4.convert_i32x4_s
               local.get $30
               f32x4.mul
               local.tee $51
               local.get $47
               f32x4.mul
               local.tee $52
               local.get $52
               local.get $51
               f32x4.sub
               f32x4.sub
               local.get $49
               f32x4.mul
               local.get $22
               f32x4.add
               local.set $22
               local.get $23
               i32.const 8
               i32x4.shl
               local.get $50
               v128.and
               f32x4.convert_i32x4_s
               local.get $31
               f32x4.mul
               local.tee $51
               local.get $47
               f32x4.mul
               local.tee $52
               local.get $52
               local.get $51
               f32x4.sub
               f32x4.sub
               local.get $26
               f32x4.mul
               local.get $25
               f32x4.add
               local.set $25
               local.get $48
               i32.const 8
               i32x4.shl
               local.get $50
               v128.and
               f32x4.convert_i32x4_s
               local.get $31
               f32x4.mul
               local.tee $51
               local.get $47
               f32x4.mul
               local.tee $52
               local.get $52
               local.get $51
               f32x4.sub
               f32x4.sub
               local.get $49
               f32x4.mul
               local.get $28
               f32x4.add
               local.set $28
               local.get $23
               local.get $50
               v128.and
               f32x4.convert_i32x4_s
               local.get $32
               f32x4.mul
               local.tee $23
               local.get $47
               f32x4.mul
               local.tee $51
               local.get $51
               local.get $23
               f32x4.sub
               f32x4.sub
               local.get $26
               f32x4.mul
               local.get $15
               f32x4.add
               local.set $15
               local.get $48
               local.get $50
               v128.and
               f32x4.convert_i32x4_s
               local.get $32
               f32x4.mul
               local.tee $23
               local.get $47
               f32x4.mul
               local.tee $26
               local.get $26
               local.get $23
               f32x4.sub
               f32x4.sub
               local.get $49
               f32x4.mul
               local.get $24
               f32x4.add
               local.set $24
               local.get $11
               i32.const 32
               i32.add
               local.set $11
               local.get $13
               i32.const 2
               i32.add
               local.set $13
               br $for-loop|28
              end
             end
             local.get $13
             local.get $41
             i32.lt_u
             if
              local.get $11
              v128.load
              local.tee $23
              i32.const 24
              i32x4.shl
              f32x4.convert_i32x4_s
              local.get $20
              f32x4.mul
              local.tee $20
              i32.const 1024
              v128.load
              local.tee $26
              f32x4.mul
              local.tee $47
              local.get $47
              local.get $20
              f32x4.sub
              f32x4.sub
              local.get $43
              local.get $13
              i32.const 2
              i32.shl
              i32.add
              v128.load32_splat
              local.tee $20
              f32x4.mul
              local.get $21
              f32x4.add
              local.set $21
              local.get $23
              i32.const 16
              i32x4.shl
              i32.const 1040
              v128.load
              local.tee $47
              v128.and
              f32x4.convert_i32x4_s
              local.get $30
              f32x4.mul
              local.tee $30
              local.get $26
              f32x4.mul
              local.tee $48
              local.get $48
              local.get $30
              f32x4.sub
              f32x4.sub
              local.get $20
              f32x4.mul
              local.get $27
              f32x4.add
              local.set $27
              local.get $23
              i32.const 8
              i32x4.shl
              local.get $47
              v128.and
              f32x4.convert_i32x4_s
              local.get $31
              f32x4.mul
              local.tee $30
              local.get $26
              f32x4.mul
              local.tee $31
              local.get $31
              local.get $30
              f32x4.sub
              f32x4.sub
              local.get $20
              f32x4.mul
              local.get $25
              f32x4.add
              local.set $25
              local.get $23
              local.get $47
              v128.and
              f32x4.convert_i32x4_s
              local.get $32
              f32x4.mul
              local.tee $23
              local.get $26
              f32x4.mul
              local.tee $26
              local.get $26
              local.get $23
              f32x4.sub
              f32x4.sub
              local.get $20
              f32x4.mul
              local.get $15
              f32x4.add
              local.set $15
             end
             local.get $21
             local.get $29
             f32x4.add
             local.set $20
             local.get $27
             local.get $22
             f32x4.add
             local.set $21
             local.get $25
             local.get $28
             f32x4.add
             local.set $22
             local.get $15
             local.get $24
             f32x4.add
             local.set $15
             block $kernels-as/assembly/simd/storeLanes|inlined.170
              local.get $17
              i32.const 4
              i32.ge_s
              if
               local.get $16
               local.get $20
               v128.store
               br $kernels-as/assembly/simd/storeLanes|inlined.170
              end
              local.get $17
              i32.const 0
              i32.gt_s
              if
               local.get $16
               local.get $20
               f32x4.extract_lane 0
               f32.store
              end
              local.get $17
              i32.const 1
              i32.gt_s
              if
               local.get $16
               local.get $20
               f32x4.extract_lane 1
               f32.store offset=4
              end
              local.get $17
              i32.const 2
              i32.gt_s
              if
               local.get $16
               local.get $20
               f32x4.extract_lane 2
               f32.store offset=8
              end
             end
             block $kernels-as/assembly/simd/storeLanes|inlined.171
              local.get $17
              i32.const 4
              i32.sub
              local.tee $11
              i32.const 4
              i32.ge_s
              if
               local.get $16
               local.get $21
               v128.store offset=16
               br $kernels-as/assembly/simd/storeLanes|inlined.171
              end
              local.get $11
              i32.const 0
              i32.gt_s
              if
               local.get $16
               local.get $21
               f32x4.extract_lane 0
               f32.store offset=16
              end
              local.get $11
              i32.const 1
              i32.gt_s
              if
               local.get $16
               local.get $21
               f32x4.extract_lane 1
               f32.store offset=20
              end
              local.get $11
              i32.const 2
              i32.gt_s
              if
               local.get $16
               local.get $21
               f32x4.extract_lane 2
               f32.store offset=24
              end
             end
             block $kernels-as/assembly/simd/storeLanes|inlined.172
              local.get $17
              i32.const 8
              i32.sub
              local.tee $11
              i32.const 4
              i32.ge_s
              if
               local.get $16
               local.get $22
               v128.store offset=32
               br $kernels-as/assembly/simd/storeLanes|inlined.172
              end
              local.get $11
              i32.const 0
              i32.gt_s
              if
               local.get $16
               local.get $22
               f32x4.extract_lane 0
               f32.store offset=32
              end
              local.get $11
              i32.const 1
              i32.gt_s
              if
               local.get $16
               local.get $22
               f32x4.extract_lane 1
               f32.store offset=36
              end
              local.get $11
              i32.const 2
              i32.gt_s
              if
               local.get $16
               local.get $22
               f32x4.extract_lane 2
               f32.store offset=40
              end
             end
             block $kernels-as/assembly/simd/storeLanes|inlined.173
              local.get $17
              i32.const 12
              i32.sub
              local.tee $11
              i32.const 4
              i32.ge_s
              if
               local.get $16
               local.get $15
               v128.store offset=48
               br $kernels-as/assembly/simd/storeLanes|inlined.173
              end
              local.get $11
              i32.const 0
              i32.gt_s
              if
               local.get $16
               local.get $15
               f32x4.extract_lane 0
               f32.store offset=48
              end
              local.get $11
              i32.const 1
              i32.gt_s
              if
               local.get $16
               local.get $15
               f32x4.extract_lane 1
               f32.store offset=52
              end
              local.get $11
              i32.const 2
              i32.gt_s
              if
               local.get $16
               local.get $15
               f32x4.extract_lane 2
               f32.store offset=56
              end
             end
            else
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.set $21
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.set $27
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.set $25
             local.get $38
             local.get $41
             i32.lt_s
             if (result v128)
              block $kernels-as/assembly/simd/loadLanes|inlined.282 (result v128)
               local.get $17
               i32.const 4
               i32.ge_s
               if
                local.get $16
                v128.load
                br $kernels-as/assembly/simd/loadLanes|inlined.282
               end
               local.get $17
               i32.const 0
               i32.gt_s
               if (result v128)
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
                local.get $16
                f32.load
                f32x4.replace_lane 0
               else
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               end
               local.set $15
               local.get $17
               i32.const 1
               i32.gt_s
               if
                local.get $15
                local.get $16
                f32.load offset=4
                f32x4.replace_lane 1
                local.set $15
               end
               local.get $17
               i32.const 2
               i32.gt_s
               if (result v128)
                local.get $15
                local.get $16
                f32.load offset=8
                f32x4.replace_lane 2
               else
                local.get $15
               end
              end
              local.set $21
              block $kernels-as/assembly/simd/loadLanes|inlined.283 (result v128)
               local.get $17
               i32.const 4
               i32.sub
               local.tee $11
               i32.const 4
               i32.ge_s
               if
                local.get $16
                v128.load offset=16
                br $kernels-as/assembly/simd/loadLanes|inlined.283
               end
               local.get $11
               i32.const 0
               i32.gt_s
               if (result v128)
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
                local.get $16
                f32.load offset=16
                f32x4.replace_lane 0
               else
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               end
               local.set $15
               local.get $11
               i32.const 1
               i32.gt_s
               if
                local.get $15
                local.get $16
                f32.load offset=20
                f32x4.replace_lane 1
                local.set $15
               end
               local.get $11
               i32.const 2
               i32.gt_s
               if (result v128)
                local.get $15
                local.get $16
                f32.load offset=24
                f32x4.replace_lane 2
               else
                local.get $15
               end
              end
              local.set $27
              block $kernels-as/assembly/simd/loadLanes|inlined.284 (result v128)
               local.get $17
               i32.const 8
               i32.sub
               local.tee $11
               i32.const 4
               i32.ge_s
               if
                local.get $16
                v128.load offset=32
                br $kernels-as/assembly/simd/loadLanes|inlined.284
               end
               local.get $11
               i32.const 0
               i32.gt_s
               if (result v128)
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
                local.get $16
                f32.load offset=32
                f32x4.replace_lane 0
               else
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               end
               local.set $15
               local.get $11
               i32.const 1
               i32.gt_s
               if
                local.get $15
                local.get $16
                f32.load offset=36
                f32x4.replace_lane 1
                local.set $15
               end
               local.get $11
               i32.const 2
               i32.gt_s
               if (result v128)
                local.get $15
                local.get $16
                f32.load offset=40
                f32x4.replace_lane 2
               else
                local.get $15
               end
              end
              local.set $25
              block $kernels-as/assembly/simd/loadLanes|inlined.285 (result v128)
               local.get $17
               i32.const 12
               i32.sub
               local.tee $11
               i32.const 4
               i32.ge_s
               if
                local.get $16
                v128.load offset=48
                br $kernels-as/assembly/simd/loadLanes|inlined.285
               end
               local.get $11
               i32.const 0
               i32.gt_s
               if (result v128)
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
                local.get $16
                f32.load offset=48
                f32x4.replace_lane 0
               else
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               end
               local.set $15
               local.get $11
               i32.const 1
               i32.gt_s
               if
                local.get $15
                local.get $16
                f32.load offset=52
                f32x4.replace_lane 1
                local.set $15
               end
               local.get $11
               i32.const 2
               i32.gt_s
               if (result v128)
                local.get $15
                local.get $16
                f32.load offset=56
                f32x4.replace_lane 2
               else
                local.get $15
               end
              end
             else
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             end
             local.set $15
             local.get $13
             local.get $42
             local.get $41
             i32.sub
             local.tee $41
             i32.const 4
             i32.shl
             i32.add
             i32.const 4
             i32.sub
             local.set $42
             i32.const 0
             local.set $11
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.set $29
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.set $22
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.set $28
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.set $24
             loop $for-loop|29
              local.get $11
              i32.const 2
              i32.add
              local.get $41
              i32.le_u
              if
               local.get $11
               i32.const 127
               i32.and
               i32.eqz
               if
                local.get $13
                i32.const 1024
                i32.add
                local.tee $44
                local.get $42
                local.get $42
                local.get $44
                i32.gt_u
                select
                i32.load
                drop
               end
               local.get $13
               v128.load
               local.tee $23
               i32.const 24
               i32x4.shl
               i32.const 24
               i32x4.shr_s
               f32x4.convert_i32x4_s
               local.get $20
               f32x4.mul
               local.tee $26
               v128.const i32x4 0x00007fff 0x00007fff 0x00007fff 0x00007fff
               i32x4.add
               local.get $26
               i32.const 16
               i32x4.shr_u
               v128.const i32x4 0x00000001 0x00000001 0x00000001 0x00000001
               v128.and
               i32x4.add
               v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
               v128.and
               local.get $43
               local.get $11
               i32.const 2
               i32.shl
               i32.add
               local.tee $44
               v128.load32_splat
               local.tee $26
               f32x4.mul
               local.get $21
               f32x4.add
               local.set $21
               local.get $13
               v128.load offset=16
               local.tee $47
               i32.const 24
               i32x4.shl
               i32.const 24
               i32x4.shr_s
               f32x4.convert_i32x4_s
               local.get $20
               f32x4.mul
               local.tee $48
               v128.const i32x4 0x00007fff 0x00007fff 0x00007fff 0x00007fff
               i32x4.add
               local.get $48
               i32.const 16
               i32x4.shr_u
               v128.const i32x4 0x00000001 0x00000001 0x00000001 0x00000001
               v128.and
               i32x4.add
               v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
               v128.and
               local.get $44
               v128.load32_splat offset=4
               local.tee $48
               f32x4.mul
               local.get $29
               f32x4.add
               local.set $29
               local.get $23
               i32.const 16
               i32x4.shl
               i32.const 24
               i32x4.shr_s
               f32x4.convert_i32x4_s
               local.get $30
               f32x4.mul
               local.tee $49
               v128.const i32x4 0x00007fff 0x00007fff 0x00007fff 0x00007fff
               i32x4.add
               local.get $49
               i32.const 16
               i32x4.shr_u
               v128.const i32x4 0x00000001 0x00000001 0x00000001 0x00000001
               v128.and
               i32x4.add
               v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
               v128.and
               local.get $26
               f32x4.mul
               local.get $27
               f32x4.add
               local.set $27
               local.get $47
               i32.const 16
               i32x4.shl
               i32.const 24
               i32x4.shr_s
               f32x4.convert_i32x4_s
               local.get $30
               f32x4.mul
               local.tee $49
               v128.const i32x4 0x00007fff 0x00007fff 0x00007fff 0x00007fff
               i32x4.add
               local.get $49
               i32.const 16
               i32x4.shr_u
               v128.const i32x4 0x00000001 0x00000001 0x00000001 0x00000001
               v128.and
               i32x4.add
               v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
               v128.and
               local.get $48
               f32x4.mul
               local.get $22
               f32x4.add
               local.set $22
               local.get $23
               i32.const 8
               i32x4.shl
               i32.const 24
               i32x4.shr_s
               f32x4.convert_i32x4_s
               local.get $31
               f32x4.mul
               local.tee $49
               v128.const i32x4 0x00007fff 0x00007fff 0x00007fff 0x00007fff
               i32x4.add
               local.get $49
               i32.const 16
               i32x4.shr_u
               v128.const i32x4 0x00000001 0x00000001 0x00000001 0x00000001
               v128.and
               i32x4.add
               v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
               v128.and
               local.get $26
               f32x4.mul
               local.get $25
               f32x4.add
               local.set $25
               local.get $47
               i32.const 8
               i32x4.shl
               i32.const 24
               i32x4.shr_s
               f32x4.convert_i32x4_s
               local.get $31
               f32x4.mul
               local.tee $49
               v128.const i32x4 0x00007fff 0x00007fff 0x00007fff 0x00007fff
               i32x4.add
               local.get $49
               i32.const 16
               i32x4.shr_u
               v128.const i32x4 0x00000001 0x00000001 0x00000001 0x00000001
               v128.and
               i32x4.add
               v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
               v128.and
               local.get $48
               f32x4.mul
               local.get $28
               f32x4.add
               local.set $28
               local.get $23
               i32.const 24
               i32x4.shr_s
               f32x4.convert_i32x4_s
               local.get $32
               f32x4.mul
               local.tee $23
               v128.const i32x4 0x00007fff 0x00007fff 0x00007fff 0x00007fff
               i32x4.add
               local.get $23
               i32.const 16
               i32x4.shr_u
               v128.const i32x4 0x00000001 0x00000001 0x00000001 0x00000001
               v128.and
               i32x4.add
               v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
               v128.and
               local.get $26
               f32x4.mul
               local.get $15
               f32x4.add
               local.set $15
               local.get $47
               i32.const 24
               i32x4.shr_s
               f32x4.convert_i32x4_s
               local.get $32
               f32x4.mul
               local.tee $23
               v128.const i32x4 0x00007fff 0x00007fff 0x00007fff 0x00007fff
               i32x4.add
               local.get $23
               i32.const 16
               i32x4.shr_u
               v128.const i32x4 0x00000001 0x00000001 0x00000001 0x00000001
               v128.and
               i32x4.add
               v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
               v128.and
               local.get $48
               f32x4.mul
               local.get $24
               f32x4.add
               local.set $24
               local.get $13
               i32.const 32
               i32.add
               local.set $13
               local.get $11
               i32.const 2
               i32.add
               local.set $11
               br $for-loop|29
              end
             end
             local.get $11
             local.get $41
             i32.lt_u
             if
              local.get $13
              v128.load
              local.tee $23
              i32.const 24
              i32x4.shl
              i32.const 24
              i32x4.shr_s
              f32x4.convert_i32x4_s
              local.get $20
              f32x4.mul
              local.tee $20
              v128.const i32x4 0x00007fff 0x00007fff 0x00007fff 0x00007fff
              i32x4.add
              local.get $20
              i32.const 16
              i32x4.shr_u
              v128.const i32x4 0x00000001 0x00000001 0x00000001 0x00000001
              v128.and
              i32x4.add
              v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
              v128.and
              local.get $43
              local.get $11
              i32.const 2
              i32.shl
              i32.add
              v128.load32_splat
              local.tee $20
              f32x4.mul
              local.get $21
              f32x4.add
              local.set $21
              local.get $23
              i32.const 16
              i32x4.shl
              i32.const 24
              i32x4.shr_s
              f32x4.convert_i32x4_s
              local.get $30
              f32x4.mul
              local.tee $26
              v128.const i32x4 0x00007fff 0x00007fff 0x00007fff 0x00007fff
              i32x4.add
              local.get $26
              i32.const 16
              i32x4.shr_u
              v128.const i32x4 0x00000001 0x00000001 0x00000001 0x00000001
              v128.and
              i32x4.add
              v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
              v128.and
              local.get $20
              f32x4.mul
              local.get $27
              f32x4.add
              local.set $27
              local.get $23
              i32.const 8
              i32x4.shl
              i32.const 24
              i32x4.shr_s
              f32x4.convert_i32x4_s
              local.get $31
              f32x4.mul
              local.tee $26
              v128.const i32x4 0x00007fff 0x00007fff 0x00007fff 0x00007fff
              i32x4.add
              local.get $26
              i32.const 16
              i32x4.shr_u
              v128.const i32x4 0x00000001 0x00000001 0x00000001 0x00000001
              v128.and
              i32x4.add
              v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
              v128.and
              local.get $20
              f32x4.mul
              local.get $25
              f32x4.add
              local.set $25
              local.get $23
              i32.const 24
              i32x4.shr_s
              f32x4.convert_i32x4_s
              local.get $32
              f32x4.mul
              local.tee $23
              v128.const i32x4 0x00007fff 0x00007fff 0x00007fff 0x00007fff
              i32x4.add
              local.get $23
              i32.const 16
              i32x4.shr_u
              v128.const i32x4 0x00000001 0x00000001 0x00000001 0x00000001
              v128.and
              i32x4.add
              v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
              v128.and
              local.get $20
              f32x4.mul
              local.get $15
              f32x4.add
              local.set $15
             end
             local.get $21
             local.get $29
             f32x4.add
             local.set $20
             local.get $27
             local.get $22
             f32x4.add
             local.set $21
             local.get $25
             local.get $28
             f32x4.add
             local.set $22
             local.get $15
             local.get $24
             f32x4.add
             local.set $15
             block $kernels-as/assembly/simd/storeLanes|inlined.174
              local.get $17
              i32.const 4
              i32.ge_s
              if
               local.get $16
               local.get $20
               v128.store
               br $kernels-as/assembly/simd/storeLanes|inlined.174
              end
              local.get $17
              i32.const 0
              i32.gt_s
              if
               local.get $16
               local.get $20
               f32x4.extract_lane 0
               f32.store
              end
              local.get $17
              i32.const 1
              i32.gt_s
              if
               local.get $16
               local.get $20
               f32x4.extract_lane 1
               f32.store offset=4
              end
              local.get $17
              i32.const 2
              i32.gt_s
              if
               local.get $16
               local.get $20
               f32x4.extract_lane 2
               f32.store offset=8
              end
             end
             block $kernels-as/assembly/simd/storeLanes|inlined.175
              local.get $17
              i32.const 4
              i32.sub
              local.tee $11
              i32.const 4
              i32.ge_s
              if
               local.get $16
               local.get $21
               v128.store offset=16
               br $kernels-as/assembly/simd/storeLanes|inlined.175
              end
              local.get $11
              i32.const 0
              i32.gt_s
              if
               local.get $16
               local.get $21
               f32x4.extract_lane 0
               f32.store offset=16
              end
              local.get $11
              i32.const 1
              i32.gt_s
              if
               local.get $16
               local.get $21
               f32x4.extract_lane 1
               f32.store offset=20
              end
              local.get $11
              i32.const 2
              i32.gt_s
              if
               local.get $16
               local.get $21
               f32x4.extract_lane 2
               f32.store offset=24
              end
             end
             block $kernels-as/assembly/simd/storeLanes|inlined.176
              local.get $17
              i32.const 8
              i32.sub
              local.tee $11
              i32.const 4
              i32.ge_s
              if
               local.get $16
               local.get $22
               v128.store offset=32
               br $kernels-as/assembly/simd/storeLanes|inlined.176
              end
              local.get $11
              i32.const 0
              i32.gt_s
              if
               local.get $16
               local.get $22
               f32x4.extract_lane 0
               f32.store offset=32
              end
              local.get $11
              i32.const 1
              i32.gt_s
              if
               local.get $16
               local.get $22
               f32x4.extract_lane 1
               f32.store offset=36
              end
              local.get $11
              i32.const 2
              i32.gt_s
              if
               local.get $16
               local.get $22
               f32x4.extract_lane 2
               f32.store offset=40
              end
             end
             block $kernels-as/assembly/simd/storeLanes|inlined.177
              local.get $17
              i32.const 12
              i32.sub
              local.tee $11
              i32.const 4
              i32.ge_s
              if
               local.get $16
               local.get $15
               v128.store offset=48
               br $kernels-as/assembly/simd/storeLanes|inlined.177
              end
              local.get $11
              i32.const 0
              i32.gt_s
              if
               local.get $16
               local.get $15
               f32x4.extract_lane 0
               f32.store offset=48
              end
              local.get $11
              i32.const 1
              i32.gt_s
              if
               local.get $16
               local.get $15
               f32x4.extract_lane 1
               f32.store offset=52
              end
              local.get $11
              i32.const 2
              i32.gt_s
              if
               local.get $16
               local.get $15
               f32x4.extract_lane 2
               f32.store offset=56
              end
             end
            end
           end
           local.get $14
           i32.const 1
           i32.add
           local.set $14
           br $for-loop|23
          end
         end
        end
       else
        local.get $11
        if
         i32.const 16
         local.get $3
         local.get $19
         i32.const 4
         i32.shl
         local.tee $11
         i32.sub
         local.tee $13
         local.get $13
         i32.const 16
         i32.gt_s
         select
         local.set $38
         local.get $10
         local.get $3
         local.get $33
         i32.mul
         local.get $11
         i32.add
         i32.const 2
         i32.shl
         i32.add
         local.tee $16
         local.get $3
         i32.const 2
         i32.shl
         i32.add
         local.set $17
         local.get $6
         i32.const 1
         i32.sub
         i64.extend_i32_s
         local.get $7
         i64.extend_i32_s
         local.get $2
         i64.extend_i32_s
         i64.mul
         i64.add
         local.get $6
         i64.extend_i32_s
         i64.div_u
         i32.wrap_i64
         local.set $41
         local.get $7
         local.set $14
         loop $for-loop|30
          local.get $8
          local.get $14
          i32.gt_s
          if
           local.get $6
           i32.const 1
           i32.sub
           i64.extend_i32_s
           local.tee $34
           local.get $2
           i64.extend_i32_s
           local.tee $39
           local.get $14
           i64.extend_i32_s
           i64.mul
           i64.add
           local.get $6
           i64.extend_i32_s
           local.tee $40
           i64.div_u
           i32.wrap_i64
           local.tee $42
           local.get $34
           local.get $14
           i32.const 1
           i32.add
           i64.extend_i32_s
           local.get $39
           i64.mul
           i64.add
           local.get $40
           i64.div_u
           i32.wrap_i64
           local.tee $43
           i32.ne
           if
            local.get $0
            local.get $2
            local.get $33
            i32.mul
            local.get $42
            i32.add
            i32.const 2
            i32.shl
            i32.add
            local.tee $44
            local.get $2
            i32.const 2
            i32.shl
            i32.add
            local.set $45
            local.get $35
            local.get $42
            i32.const 4
            i32.shl
            i32.add
            local.set $13
            local.get $5
            local.get $14
            local.get $3
            i32.const 15
            i32.add
            i32.const 16
            i32.div_s
            i32.const 4
            i32.shl
            i32.mul
            local.get $19
            i32.const 4
            i32.shl
            i32.add
            i32.const 2
            i32.shl
            i32.add
            local.tee $11
            v128.load
            local.tee $15
            f32x4.abs
            local.set $20
            local.get $11
            v128.load offset=16
            local.tee $30
            f32x4.abs
            local.set $21
            local.get $11
            v128.load offset=32
            local.tee $31
            f32x4.abs
            local.set $22
            local.get $11
            v128.load offset=48
            local.tee $32
            f32x4.abs
            local.set $23
            local.get $15
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            f32x4.eq
            local.get $20
            v128.const i32x4 0x1f800000 0x1f800000 0x1f800000 0x1f800000
            f32x4.ge
            local.get $20
            v128.const i32x4 0x5f800000 0x5f800000 0x5f800000 0x5f800000
            f32x4.le
            v128.and
            v128.or
            local.get $30
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            f32x4.eq
            local.get $21
            v128.const i32x4 0x1f800000 0x1f800000 0x1f800000 0x1f800000
            f32x4.ge
            local.get $21
            v128.const i32x4 0x5f800000 0x5f800000 0x5f800000 0x5f800000
            f32x4.le
            v128.and
            v128.or
            v128.and
            local.get $31
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            f32x4.eq
            local.get $22
            v128.const i32x4 0x1f800000 0x1f800000 0x1f800000 0x1f800000
            f32x4.ge
            local.get $22
            v128.const i32x4 0x5f800000 0x5f800000 0x5f800000 0x5f800000
            f32x4.le
            v128.and
            v128.or
            local.get $32
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            f32x4.eq
            local.get $23
            v128.const i32x4 0x1f800000 0x1f800000 0x1f800000 0x1f800000
            f32x4.ge
            local.get $23
            v128.const i32x4 0x5f800000 0x5f800000 0x5f800000 0x5f800000
            f32x4.le
            v128.and
            v128.or
            v128.and
            v128.and
            i32x4.all_true
            local.tee $11
            if
             i32.const 1
             local.set $11
            end
            local.get $11
            if
             local.get $31
             v128.const i32x4 0x33800000 0x33800000 0x33800000 0x33800000
             f32x4.mul
             local.set $31
             local.get $32
             v128.const i32x4 0x33800000 0x33800000 0x33800000 0x33800000
             f32x4.mul
             local.set $32
             local.get $30
             v128.const i32x4 0x33800000 0x33800000 0x33800000 0x33800000
             f32x4.mul
             local.set $30
             local.get $15
             v128.const i32x4 0x33800000 0x33800000 0x33800000 0x33800000
             f32x4.mul
             local.set $15
            end
            local.get $11
            if
             local.get $13
             local.set $11
             local.get $15
             local.set $20
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.set $22
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.set $23
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.set $25
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.set $15
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.set $29
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.set $26
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.set $27
             local.get $41
             local.get $42
             i32.lt_s
             if (result v128)
              block $kernels-as/assembly/simd/loadLanes|inlined.290 (result v128)
               local.get $38
               i32.const 4
               i32.ge_s
               if
                local.get $16
                v128.load
                br $kernels-as/assembly/simd/loadLanes|inlined.290
               end
               local.get $38
               i32.const 0
               i32.gt_s
               if (result v128)
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
                local.get $16
                f32.load
                f32x4.replace_lane 0
               else
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               end
               local.set $15
               local.get $38
               i32.const 1
               i32.gt_s
               if
                local.get $15
                local.get $16
                f32.load offset=4
                f32x4.replace_lane 1
                local.set $15
               end
               local.get $38
               i32.const 2
               i32.gt_s
               if (result v128)
                local.get $15
                local.get $16
                f32.load offset=8
                f32x4.replace_lane 2
               else
                local.get $15
               end
              end
              local.set $22
              block $kernels-as/assembly/simd/loadLanes|inlined.291 (result v128)
               local.get $38
               i32.const 4
               i32.sub
               local.tee $13
               i32.const 4
               i32.ge_s
               if
                local.get $16
                v128.load offset=16
                br $kernels-as/assembly/simd/loadLanes|inlined.291
               end
               local.get $13
               i32.const 0
               i32.gt_s
               if (result v128)
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
                local.get $16
                f32.load offset=16
                f32x4.replace_lane 0
               else
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               end
               local.set $15
               local.get $13
               i32.const 1
               i32.gt_s
               if
                local.get $15
                local.get $16
                f32.load offset=20
                f32x4.replace_lane 1
                local.set $15
               end
               local.get $13
               i32.const 2
               i32.gt_s
               if (result v128)
                local.get $15
                local.get $16
                f32.load offset=24
                f32x4.replace_lane 2
               else
                local.get $15
               end
              end
              local.set $23
              block $kernels-as/assembly/simd/loadLanes|inlined.292 (result v128)
               local.get $38
               i32.const 8
               i32.sub
               local.tee $13
               i32.const 4
               i32.ge_s
               if
                local.get $16
                v128.load offset=32
                br $kernels-as/assembly/simd/loadLanes|inlined.292
               end
               local.get $13
               i32.const 0
               i32.gt_s
               if (result v128)
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
                local.get $16
                f32.load offset=32
                f32x4.replace_lane 0
               else
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               end
               local.set $15
               local.get $13
               i32.const 1
               i32.gt_s
               if
                local.get $15
                local.get $16
                f32.load offset=36
                f32x4.replace_lane 1
                local.set $15
               end
               local.get $13
               i32.const 2
               i32.gt_s
               if (result v128)
                local.get $15
                local.get $16
                f32.load offset=40
                f32x4.replace_lane 2
               else
                local.get $15
               end
              end
              local.set $25
              block $kernels-as/assembly/simd/loadLanes|inlined.293 (result v128)
               local.get $38
               i32.const 12
               i32.sub
               local.tee $13
               i32.const 4
               i32.ge_s
               if
                local.get $16
                v128.load offset=48
                br $kernels-as/assembly/simd/loadLanes|inlined.293
               end
               local.get $13
               i32.const 0
               i32.gt_s
               if (result v128)
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
                local.get $16
                f32.load offset=48
                f32x4.replace_lane 0
               else
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               end
               local.set $15
               local.get $13
               i32.const 1
               i32.gt_s
               if
                local.get $15
                local.get $16
                f32.load offset=52
                f32x4.replace_lane 1
                local.set $15
               end
               local.get $13
               i32.const 2
               i32.gt_s
               if (result v128)
                local.get $15
                local.get $16
                f32.load offset=56
                f32x4.replace_lane 2
               else
                local.get $15
               end
              end
              local.set $15
              block $kernels-as/assembly/simd/loadLanes|inlined.294 (result v128)
               local.get $38
               i32.const 4
               i32.ge_s
               if
                local.get $17
                v128.load
                br $kernels-as/assembly/simd/loadLanes|inlined.294
               end
               local.get $38
               i32.const 0
               i32.gt_s
               if (result v128)
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
                local.get $17
                f32.load
                f32x4.replace_lane 0
               else
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               end
               local.set $21
               local.get $38
               i32.const 1
               i32.gt_s
               if
                local.get $21
                local.get $17
                f32.load offset=4
                f32x4.replace_lane 1
                local.set $21
               end
               local.get $38
               i32.const 2
               i32.gt_s
               if (result v128)
                local.get $21
                local.get $17
                f32.load offset=8
                f32x4.replace_lane 2
               else
                local.get $21
               end
              end
              local.set $29
              block $kernels-as/assembly/simd/loadLanes|inlined.295 (result v128)
               local.get $38
               i32.const 4
               i32.sub
               local.tee $13
               i32.const 4
               i32.ge_s
               if
                local.get $17
                v128.load offset=16
                br $kernels-as/assembly/simd/loadLanes|inlined.295
               end
               local.get $13
               i32.const 0
               i32.gt_s
               if (result v128)
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
                local.get $17
                f32.load offset=16
                f32x4.replace_lane 0
               else
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               end
               local.set $21
               local.get $13
               i32.const 1
               i32.gt_s
               if
                local.get $21
                local.get $17
                f32.load offset=20
                f32x4.replace_lane 1
                local.set $21
               end
               local.get $13
               i32.const 2
               i32.gt_s
               if (result v128)
                local.get $21
                local.get $17
                f32.load offset=24
                f32x4.replace_lane 2
               else
                local.get $21
               end
              end
              local.set $26
              block $kernels-as/assembly/simd/loadLanes|inlined.296 (result v128)
               local.get $38
               i32.const 8
               i32.sub
               local.tee $13
               i32.const 4
               i32.ge_s
               if
                local.get $17
                v128.load offset=32
                br $kernels-as/assembly/simd/loadLanes|inlined.296
               end
               local.get $13
               i32.const 0
               i32.gt_s
               if (result v128)
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
                local.get $17
                f32.load offset=32
                f32x4.replace_lane 0
               else
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               end
               local.set $21
               local.get $13
               i32.const 1
               i32.gt_s
               if
                local.get $21
                local.get $17
                f32.load offset=36
                f32x4.replace_lane 1
                local.set $21
               end
               local.get $13
               i32.const 2
               i32.gt_s
               if (result v128)
                local.get $21
                local.get $17
                f32.load offset=40
                f32x4.replace_lane 2
               else
                local.get $21
               end
              end
              local.set $27
              block $kernels-as/assembly/simd/loadLanes|inlined.297 (result v128)
               local.get $38
               i32.const 12
               i32.sub
               local.tee $13
               i32.const 4
               i32.ge_s
               if
                local.get $17
                v128.load offset=48
                br $kernels-as/assembly/simd/loadLanes|inlined.297
               end
               local.get $13
               i32.const 0
               i32.gt_s
               if (result v128)
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
                local.get $17
                f32.load offset=48
                f32x4.replace_lane 0
               else
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               end
               local.set $21
               local.get $13
               i32.const 1
               i32.gt_s
               if
                local.get $21
                local.get $17
                f32.load offset=52
                f32x4.replace_lane 1
                local.set $21
               end
               local.get $13
               i32.const 2
               i32.gt_s
               if (result v128)
                local.get $21
                local.get $17
                f32.load offset=56
                f32x4.replace_lane 2
               else
                local.get $21
               end
              end
             else
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             end
             local.set $28
             local.get $11
             local.get $43
             local.get $42
             i32.sub
             local.tee $42
             i32.const 4
             i32.shl
             i32.add
             i32.const 4
             i32.sub
             local.set $43
             i32.const 0
             local.set $13
             loop $for-loop|32
              local.get $13
              local.get $42
              i32.lt_u
              if
               local.get $13
               i32.const 127
               i32.and
               i32.eqz
               if
                local.get $11
                i32.const 1024
                i32.add
                local.tee $46
                local.get $43
                local.get $43
                local.get $46
                i32.gt_u
                select
                i32.load
                drop
               end
               local.get $11
               v128.load
               local.tee $21
               i32.const 24
               i32x4.shl
               f32x4.convert_i32x4_s
               local.get $20
               f32x4.mul
               local.tee $24
               i32.const 1024
               v128.load
               local.tee $47
               f32x4.mul
               local.tee $48
               local.get $48
               local.get $24
               f32x4.sub
               f32x4.sub
               local.tee $24
               local.get $44
               local.get $13
               i32.const 2
               i32.shl
               local.tee $46
               i32.add
               v128.load32_splat
               local.tee $48
               f32x4.mul
               local.get $22
               f32x4.add
               local.set $22
               local.get $21
               i32.const 16
               i32x4.shl
               i32.const 1040
               v128.load
               local.tee $49
               v128.and
               f32x4.convert_i32x4_s
               local.get $30
               f32x4.mul
               local.tee $50
               local.get $47
               f32x4.mul
               local.tee $51
               local.get $51
               local.get $50
               f32x4.sub
               f32x4.sub
               local.tee $50
               local.get $48
               f32x4.mul
               local.get $23
               f32x4.add
               local.set $23
               local.get $21
               i32.const 8
               i32x4.shl
               local.get $49
               v128.and
               f32x4.convert_i32x4_s
               local.get $31
               f32x4.mul
               local.tee $51
               local.get $47
               f32x4.mul
               local.tee $52
               local.get $52
               local.get $51
               f32x4.sub
               f32x4.sub
               local.tee $51
               local.get $48
               f32x4.mul
               local.get $25
               f32x4.add
               local.set $25
               local.get $21
               local.get $49
               v128.and
               f32x4.convert_i32x4_s
               local.get $32
               f32x4.mul
               local.tee $21
               local.get $47
               f32x4.mul
               local.tee $47
               local.get $47
               local.get $21
               f32x4.sub
               f32x4.sub
               local.tee $21
               local.get $48
               f32x4.mul
               local.get $15
               f32x4.add
               local.set $15
               local.get $24
               local.get $45
               local.get $46
               i32.add
               v128.load32_splat
               local.tee $24
               f32x4.mul
               local.get $29
               f32x4.add
               local.set $29
               local.get $50
               local.get $24
               f32x4.mul
               local.get $26
               f32x4.add
               local.set $26
               local.get $51
               local.get $24
               f32x4.mul
               local.get $27
               f32x4.add
               local.set $27
               local.get $21
               local.get $24
               f32x4.mul
               local.get $28
               f32x4.add
               local.set $28
               local.get $11
               i32.const 16
               i32.add
               local.set $11
               local.get $13
               i32.const 1
               i32.add
               local.set $13
               br $for-loop|32
              end
             end
             block $kernels-as/assembly/simd/storeLanes|inlined.178
              local.get $38
              i32.const 4
              i32.ge_s
              if
               local.get $16
               local.get $22
               v128.store
               br $kernels-as/assembly/simd/storeLanes|inlined.178
              end
              local.get $38
              i32.const 0
              i32.gt_s
              if
               local.get $16
               local.get $22
               f32x4.extract_lane 0
               f32.store
              end
              local.get $38
              i32.const 1
              i32.gt_s
              if
               local.get $16
               local.get $22
               f32x4.extract_lane 1
               f32.store offset=4
              end
              local.get $38
              i32.const 2
              i32.gt_s
              if
               local.get $16
               local.get $22
               f32x4.extract_lane 2
               f32.store offset=8
              end
             end
             block $kernels-as/assembly/simd/storeLanes|inlined.179
              local.get $38
              i32.const 4
              i32.sub
              local.tee $11
              i32.const 4
              i32.ge_s
              if
               local.get $16
               local.get $23
               v128.store offset=16
               br $kernels-as/assembly/simd/storeLanes|inlined.179
              end
              local.get $11
              i32.const 0
              i32.gt_s
              if
               local.get $16
               local.get $23
               f32x4.extract_lane 0
               f32.store offset=16
              end
              local.get $11
              i32.const 1
              i32.gt_s
              if
               local.get $16
               local.get $23
               f32x4.extract_lane 1
               f32.store offset=20
              end
              local.get $11
              i32.const 2
              i32.gt_s
              if
               local.get $16
               local.get $23
               f32x4.extract_lane 2
               f32.store offset=24
              end
             end
             block $kernels-as/assembly/simd/storeLanes|inlined.180
              local.get $38
              i32.const 8
              i32.sub
              local.tee $11
              i32.const 4
              i32.ge_s
              if
               local.get $16
               local.get $25
               v128.store offset=32
               br $kernels-as/assembly/simd/storeLanes|inlined.180
              end
              local.get $11
              i32.const 0
              i32.gt_s
              if
               local.get $16
               local.get $25
               f32x4.extract_lane 0
               f32.store offset=32
              end
              local.get $11
              i32.const 1
              i32.gt_s
              if
               local.get $16
               local.get $25
               f32x4.extract_lane 1
               f32.store offset=36
              end
              local.get $11
              i32.const 2
              i32.gt_s
              if
               local.get $16
               local.get $25
               f32x4.extract_lane 2
               f32.store offset=40
              end
             end
             block $kernels-as/assembly/simd/storeLanes|inlined.181
              local.get $38
              i32.const 12
              i32.sub
              local.tee $11
              i32.const 4
              i32.ge_s
              if
               local.get $16
               local.get $15
               v128.store offset=48
               br $kernels-as/assembly/simd/storeLanes|inlined.181
              end
              local.get $11
              i32.const 0
              i32.gt_s
              if
               local.get $16
               local.get $15
               f32x4.extract_lane 0
               f32.store offset=48
              end
              local.get $11
              i32.const 1
              i32.gt_s
              if
               local.get $16
               local.get $15
               f32x4.extract_lane 1
               f32.store offset=52
              end
              local.get $11
              i32.const 2
              i32.gt_s
              if
               local.get $16
               local.get $15
               f32x4.extract_lane 2
               f32.store offset=56
              end
             end
             block $kernels-as/assembly/simd/storeLanes|inlined.182
              local.get $38
              i32.const 4
              i32.ge_s
              if
               local.get $17
               local.get $29
               v128.store
               br $kernels-as/assembly/simd/storeLanes|inlined.182
              end
              local.get $38
              i32.const 0
              i32.gt_s
              if
               local.get $17
               local.get $29
               f32x4.extract_lane 0
               f32.store
              end
              local.get $38
              i32.const 1
              i32.gt_s
              if
               local.get $17
               local.get $29
               f32x4.extract_lane 1
               f32.store offset=4
              end
              local.get $38
              i32.const 2
              i32.gt_s
              if
               local.get $17
               local.get $29
               f32x4.extract_lane 2
               f32.store offset=8
              end
             end
             block $kernels-as/assembly/simd/storeLanes|inlined.183
              local.get $38
              i32.const 4
              i32.sub
              local.tee $11
              i32.const 4
              i32.ge_s
              if
               local.get $17
               local.get $26
               v128.store offset=16
               br $kernels-as/assembly/simd/storeLanes|inlined.183
              end
              local.get $11
              i32.const 0
              i32.gt_s
              if
               local.get $17
               local.get $26
               f32x4.extract_lane 0
               f32.store offset=16
              end
              local.get $11
              i32.const 1
              i32.gt_s
              if
               local.get $17
               local.get $26
               f32x4.extract_lane 1
               f32.store offset=20
              end
              local.get $11
              i32.const 2
              i32.gt_s
              if
               local.get $17
               local.get $26
               f32x4.extract_lane 2
               f32.store offset=24
              end
             end
             block $kernels-as/assembly/simd/storeLanes|inlined.184
              local.get $38
              i32.const 8
              i32.sub
              local.tee $11
              i32.const 4
              i32.ge_s
              if
               local.get $17
               local.get $27
               v128.store offset=32
               br $kernels-as/assembly/simd/storeLanes|inlined.184
              end
              local.get $11
              i32.const 0
              i32.gt_s
              if
               local.get $17
               local.get $27
               f32x4.extract_lane 0
               f32.store offset=32
              end
              local.get $11
              i32.const 1
              i32.gt_s
              if
               local.get $17
               local.get $27
               f32x4.extract_lane 1
               f32.store offset=36
              end
              local.get $11
              i32.const 2
              i32.gt_s
              if
               local.get $17
               local.get $27
               f32x4.extract_lane 2
               f32.store offset=40
              end
             end
             block $kernels-as/assembly/simd/storeLanes|inlined.185
              local.get $38
              i32.const 12
              i32.sub
              local.tee $11
              i32.const 4
              i32.ge_s
              if
               local.get $17
               local.get $28
               v128.store offset=48
               br $kernels-as/assembly/simd/storeLanes|inlined.185
              end
              local.get $11
              i32.const 0
              i32.gt_s
              if
               local.get $17
               local.get $28
               f32x4.extract_lane 0
               f32.store offset=48
              end
              local.get $11
              i32.const 1
              i32.gt_s
              if
               local.get $17
               local.get $28
               f32x4.extract_lane 1
               f32.store offset=52
              end
              local.get $11
              i32.const 2
              i32.gt_s
              if
               local.get $17
               local.get $28
               f32x4.extract_lane 2
               f32.store offset=56
              end
             end
            else
             local.get $15
             local.set $20
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.set $22
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.set $23
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.set $25
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.set $15
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.set $29
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.set $26
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.set $27
             local.get $41
             local.get $42
             i32.lt_s
             if (result v128)
              block $kernels-as/assembly/simd/loadLanes|inlined.306 (result v128)
               local.get $38
               i32.const 4
               i32.ge_s
               if
                local.get $16
                v128.load
                br $kernels-as/assembly/simd/loadLanes|inlined.306
               end
               local.get $38
               i32.const 0
               i32.gt_s
               if (result v128)
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
                local.get $16
                f32.load
                f32x4.replace_lane 0
               else
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               end
               local.set $15
               local.get $38
               i32.const 1
               i32.gt_s
               if
                local.get $15
                local.get $16
                f32.load offset=4
                f32x4.replace_lane 1
                local.set $15
               end
               local.get $38
               i32.const 2
               i32.gt_s
               if (result v128)
                local.get $15
                local.get $16
                f32.load offset=8
                f32x4.replace_lane 2
               else
                local.get $15
               end
              end
              local.set $22
              block $kernels-as/assembly/simd/loadLanes|inlined.307 (result v128)
               local.get $38
               i32.const 4
               i32.sub
               local.tee $11
               i32.const 4
               i32.ge_s
               if
                local.get $16
                v128.load offset=16
                br $kernels-as/assembly/simd/loadLanes|inlined.307
               end
               local.get $11
               i32.const 0
               i32.gt_s
               if (result v128)
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
                local.get $16
                f32.load offset=16
                f32x4.replace_lane 0
               else
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               end
               local.set $15
               local.get $11
               i32.const 1
               i32.gt_s
               if
                local.get $15
                local.get $16
                f32.load offset=20
                f32x4.replace_lane 1
                local.set $15
               end
               local.get $11
               i32.const 2
               i32.gt_s
               if (result v128)
                local.get $15
                local.get $16
                f32.load offset=24
                f32x4.replace_lane 2
               else
                local.get $15
               end
              end
              local.set $23
              block $kernels-as/assembly/simd/loadLanes|inlined.308 (result v128)
               local.get $38
               i32.const 8
               i32.sub
               local.tee $11
               i32.const 4
               i32.ge_s
               if
                local.get $16
                v128.load offset=32
                br $kernels-as/assembly/simd/loadLanes|inlined.308
               end
               local.get $11
               i32.const 0
               i32.gt_s
               if (result v128)
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
                local.get $16
                f32.load offset=32
                f32x4.replace_lane 0
               else
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               end
               local.set $15
               local.get $11
               i32.const 1
               i32.gt_s
               if
                local.get $15
                local.get $16
                f32.load offset=36
                f32x4.replace_lane 1
                local.set $15
               end
               local.get $11
               i32.const 2
               i32.gt_s
               if (result v128)
                local.get $15
                local.get $16
                f32.load offset=40
                f32x4.replace_lane 2
               else
                local.get $15
               end
              end
              local.set $25
              block $kernels-as/assembly/simd/loadLanes|inlined.309 (result v128)
               local.get $38
               i32.const 12
               i32.sub
               local.tee $11
               i32.const 4
               i32.ge_s
               if
                local.get $16
                v128.load offset=48
                br $kernels-as/assembly/simd/loadLanes|inlined.309
               end
               local.get $11
               i32.const 0
               i32.gt_s
               if (result v128)
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
                local.get $16
                f32.load offset=48
                f32x4.replace_lane 0
               else
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               end
               local.set $15
               local.get $11
               i32.const 1
               i32.gt_s
               if
                local.get $15
                local.get $16
                f32.load offset=52
                f32x4.replace_lane 1
                local.set $15
               end
               local.get $11
               i32.const 2
               i32.gt_s
               if (result v128)
                local.get $15
                local.get $16
                f32.load offset=56
                f32x4.replace_lane 2
               else
                local.get $15
               end
              end
              local.set $15
              block $kernels-as/assembly/simd/loadLanes|inlined.310 (result v128)
               local.get $38
               i32.const 4
               i32.ge_s
               if
                local.get $17
                v128.load
                br $kernels-as/assembly/simd/loadLanes|inlined.310
               end
               local.get $38
               i32.const 0
               i32.gt_s
               if (result v128)
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
                local.get $17
                f32.load
                f32x4.replace_lane 0
               else
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               end
               local.set $21
               local.get $38
               i32.const 1
               i32.gt_s
               if
                local.get $21
                local.get $17
                f32.load offset=4
                f32x4.replace_lane 1
                local.set $21
               end
               local.get $38
               i32.const 2
               i32.gt_s
               if (result v128)
                local.get $21
                local.get $17
                f32.load offset=8
                f32x4.replace_lane 2
               else
                local.get $21
               end
              end
              local.set $29
              block $kernels-as/assembly/simd/loadLanes|inlined.311 (result v128)
               local.get $38
               i32.const 4
               i32.sub
               local.tee $11
               i32.const 4
               i32.ge_s
               if
                local.get $17
                v128.load offset=16
                br $kernels-as/assembly/simd/loadLanes|inlined.311
               end
               local.get $11
               i32.const 0
               i32.gt_s
               if (result v128)
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
                local.get $17
                f32.load offset=16
                f32x4.replace_lane 0
               else
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               end
               local.set $21
               local.get $11
               i32.const 1
               i32.gt_s
               if
                local.get $21
                local.get $17
                f32.load offset=20
                f32x4.replace_lane 1
                local.set $21
               end
               local.get $11
               i32.const 2
               i32.gt_s
               if (result v128)
                local.get $21
                local.get $17
                f32.load offset=24
                f32x4.replace_lane 2
               else
                local.get $21
               end
              end
              local.set $26
              block $kernels-as/assembly/simd/loadLanes|inlined.312 (result v128)
               local.get $38
               i32.const 8
               i32.sub
               local.tee $11
               i32.const 4
               i32.ge_s
               if
                local.get $17
                v128.load offset=32
                br $kernels-as/assembly/simd/loadLanes|inlined.312
               end
               local.get $11
               i32.const 0
               i32.gt_s
               if (result v128)
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
                local.get $17
                f32.load offset=32
                f32x4.replace_lane 0
               else
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               end
               local.set $21
               local.get $11
               i32.const 1
               i32.gt_s
               if
                local.get $21
                local.get $17
                f32.load offset=36
                f32x4.replace_lane 1
                local.set $21
               end
               local.get $11
               i32.const 2
               i32.gt_s
               if (result v128)
                local.get $21
                local.get $17
                f32.load offset=40
                f32x4.replace_lane 2
               else
                local.get $21
               end
              end
              local.set $27
              block $kernels-as/assembly/simd/loadLanes|inlined.313 (result v128)
               local.get $38
               i32.const 12
               i32.sub
               local.tee $11
               i32.const 4
               i32.ge_s
               if
                local.get $17
                v128.load offset=48
                br $kernels-as/assembly/simd/loadLanes|inlined.313
               end
               local.get $11
               i32.const 0
               i32.gt_s
               if (result v128)
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
                local.get $17
                f32.load offset=48
                f32x4.replace_lane 0
               else
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               end
               local.set $21
               local.get $11
               i32.const 1
               i32.gt_s
               if
                local.get $21
                local.get $17
                f32.load offset=52
                f32x4.replace_lane 1
                local.set $21
               end
               local.get $11
               i32.const 2
               i32.gt_s
               if (result v128)
                local.get $21
                local.get $17
                f32.load offset=56
                f32x4.replace_lane 2
               else
                local.get $21
               end
              end
             else
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             end
             local.set $28
             local.get $13
             local.get $43
             local.get $42
             i32.sub
             local.tee $42
             i32.const 4
             i32.shl
             i32.add
             i32.const 4
             i32.sub
             local.set $43
             i32.const 0
             local.set $11
             loop $for-loop|34
              local.get $11
              local.get $42
              i32.lt_u
              if
               local.get $11
               i32.const 127
               i32.and
               i32.eqz
               if
                local.get $13
                i32.const 1024
                i32.add
                local.tee $46
                local.get $43
                local.get $43
                local.get $46
                i32.gt_u
                select
                i32.load
                drop
               end
               local.get $13
               v128.load
               local.tee $21
               i32.const 24
               i32x4.shl
               i32.const 24
               i32x4.shr_s
               f32x4.convert_i32x4_s
               local.get $20
               f32x4.mul
               local.tee $24
               v128.const i32x4 0x00007fff 0x00007fff 0x00007fff 0x00007fff
               i32x4.add
               local.get $24
               i32.const 16
               i32x4.shr_u
               v128.const i32x4 0x00000001 0x00000001 0x00000001 0x00000001
               v128.and
               i32x4.add
               v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
               v128.and
               local.set $47
               local.get $24
               v128.const i32x4 0x00400000 0x00400000 0x00400000 0x00400000
               v128.or
               v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
               v128.and
               local.get $47
               local.get $24
               local.get $24
               f32x4.ne
               v128.bitselect
               local.tee $24
               local.get $44
               local.get $11
               i32.const 2
               i32.shl
               local.tee $46
               i32.add
               v128.load32_splat
               local.tee $47
               f32x4.mul
               local.get $22
               f32x4.add
               local.set $22
               local.get $21
               i32.const 16
               i32x4.shl
               i32.const 24
               i32x4.shr_s
               f32x4.convert_i32x4_s
               local.get $30
               f32x4.mul
               local.tee $48
               v128.const i32x4 0x00007fff 0x00007fff 0x00007fff 0x00007fff
               i32x4.add
               local.get $48
               i32.const 16
               i32x4.shr_u
               v128.const i32x4 0x00000001 0x00000001 0x00000001 0x00000001
               v128.and
               i32x4.add
               v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
               v128.and
               local.set $49
               local.get $48
               v128.const i32x4 0x00400000 0x00400000 0x00400000 0x00400000
               v128.or
               v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
               v128.and
               local.get $49
               local.get $48
               local.get $48
               f32x4.ne
               v128.bitselect
               local.tee $48
               local.get $47
               f32x4.mul
               local.get $23
               f32x4.add
               local.set $23
               local.get $21
               i32.const 8
               i32x4.shl
               i32.const 24
               i32x4.shr_s
               f32x4.convert_i32x4_s
               local.get $31
               f32x4.mul
               local.tee $49
               v128.const i32x4 0x00007fff 0x00007fff 0x00007fff 0x00007fff
               i32x4.add
               local.get $49
               i32.const 16
               i32x4.shr_u
               v128.const i32x4 0x00000001 0x00000001 0x00000001 0x00000001
               v128.and
               i32x4.add
               v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
               v128.and
               local.set $50
               local.get $49
               v128.const i32x4 0x00400000 0x00400000 0x00400000 0x00400000
               v128.or
               v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
               v128.and
               local.get $50
               local.get $49
               local.get $49
               f32x4.ne
               v128.bitselect
               local.tee $49
               local.get $47
               f32x4.mul
               local.get $25
               f32x4.add
               local.set $25
               local.get $21
               i32.const 24
               i32x4.shr_s
               f32x4.convert_i32x4_s
               local.get $32
               f32x4.mul
               local.tee $21
               v128.const i32x4 0x00007fff 0x00007fff 0x00007fff 0x00007fff
               i32x4.add
               local.get $21
               i32.const 16
               i32x4.shr_u
               v128.const i32x4 0x00000001 0x00000001 0x00000001 0x00000001
               v128.and
               i32x4.add
               v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
               v128.and
               local.set $50
               local.get $21
               v128.const i32x4 0x00400000 0x00400000 0x00400000 0x00400000
               v128.or
               v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
               v128.and
               local.get $50
               local.get $21
               local.get $21
               f32x4.ne
               v128.bitselect
               local.tee $21
               local.get $47
               f32x4.mul
               local.get $15
               f32x4.add
               local.set $15
               local.get $24
               local.get $45
               local.get $46
               i32.add
               v128.load32_splat
               local.tee $24
               f32x4.mul
               local.get $29
               f32x4.add
               local.set $29
               local.get $48
               local.get $24
               f32x4.mul
               local.get $26
               f32x4.add
               local.set $26
               local.get $49
               local.get $24
               f32x4.mul
               local.get $27
               f32x4.add
               local.set $27
               local.get $21
               local.get $24
               f32x4.mul
               local.get $28
               f32x4.add
               local.set $28
               local.get $13
               i32.const 16
               i32.add
               local.set $13
               local.get $11
               i32.const 1
               i32.add
               local.set $11
               br $for-loop|34
              end
             end
             block $kernels-as/assembly/simd/storeLanes|inlined.186
              local.get $38
              i32.const 4
              i32.ge_s
              if
               local.get $16
               local.get $22
               v128.store
               br $kernels-as/assembly/simd/storeLanes|inlined.186
              end
              local.get $38
              i32.const 0
              i32.gt_s
              if
               local.get $16
               local.get $22
               f32x4.extract_lane 0
               f32.store
              end
              local.get $38
              i32.const 1
              i32.gt_s
              if
               local.get $16
               local.get $22
               f32x4.extract_lane 1
               f32.store offset=4
              end
              local.get $38
              i32.const 2
              i32.gt_s
              if
               local.get $16
               local.get $22
               f32x4.extract_lane 2
               f32.store offset=8
              end
             end
             block $kernels-as/assembly/simd/storeLanes|inlined.187
              local.get $38
              i32.const 4
              i32.sub
              local.tee $11
              i32.const 4
              i32.ge_s
              if
               local.get $16
               local.get $23
               v128.store offset=16
               br $kernels-as/assembly/simd/storeLanes|inlined.187
              end
              local.get $11
              i32.const 0
              i32.gt_s
              if
               local.get $16
               local.get $23
               f32x4.extract_lane 0
               f32.store offset=16
              end
              local.get $11
              i32.const 1
              i32.gt_s
              if
               local.get $16
               local.get $23
               f32x4.extract_lane 1
               f32.store offset=20
              end
              local.get $11
              i32.const 2
              i32.gt_s
              if
               local.get $16
               local.get $23
               f32x4.extract_lane 2
               f32.store offset=24
              end
             end
             block $kernels-as/assembly/simd/storeLanes|inlined.188
              local.get $38
              i32.const 8
              i32.sub
              local.tee $11
              i32.const 4
              i32.ge_s
              if
               local.get $16
               local.get $25
               v128.store offset=32
               br $kernels-as/assembly/simd/storeLanes|inlined.188
              end
              local.get $11
              i32.const 0
              i32.gt_s
              if
               local.get $16
               local.get $25
               f32x4.extract_lane 0
               f32.store offset=32
              end
              local.get $11
              i32.const 1
              i32.gt_s
              if
               local.get $16
               local.get $25
               f32x4.extract_lane 1
               f32.store offset=36
              end
              local.get $11
              i32.const 2
              i32.gt_s
              if
               local.get $16
               local.get $25
               f32x4.extract_lane 2
               f32.store offset=40
              end
             end
             block $kernels-as/assembly/simd/storeLanes|inlined.189
              local.get $38
              i32.const 12
              i32.sub
              local.tee $11
              i32.const 4
              i32.ge_s
              if
               local.get $16
               local.get $15
               v128.store offset=48
               br $kernels-as/assembly/simd/storeLanes|inlined.189
              end
              local.get $11
              i32.const 0
              i32.gt_s
              if
               local.get $16
               local.get $15
               f32x4.extract_lane 0
               f32.store offset=48
              end
              local.get $11
              i32.const 1
              i32.gt_s
              if
               local.get $16
               local.get $15
               f32x4.extract_lane 1
               f32.store offset=52
              end
              local.get $11
              i32.const 2
              i32.gt_s
              if
               local.get $16
               local.get $15
               f32x4.extract_lane 2
               f32.store offset=56
              end
             end
             block $kernels-as/assembly/simd/storeLanes|inlined.190
              local.get $38
              i32.const 4
              i32.ge_s
              if
               local.get $17
               local.get $29
               v128.store
               br $kernels-as/assembly/simd/storeLanes|inlined.190
              end
              local.get $38
              i32.const 0
              i32.gt_s
              if
               local.get $17
               local.get $29
               f32x4.extract_lane 0
               f32.store
              end
              local.get $38
              i32.const 1
              i32.gt_s
              if
               local.get $17
               local.get $29
               f32x4.extract_lane 1
               f32.store offset=4
              end
              local.get $38
              i32.const 2
              i32.gt_s
              if
               local.get $17
               local.get $29
               f32x4.extract_lane 2
               f32.store offset=8
              end
             end
             block $kernels-as/assembly/simd/storeLanes|inlined.191
              local.get $38
              i32.const 4
              i32.sub
              local.tee $11
              i32.const 4
              i32.ge_s
              if
               local.get $17
               local.get $26
               v128.store offset=16
               br $kernels-as/assembly/simd/storeLanes|inlined.191
              end
              local.get $11
              i32.const 0
              i32.gt_s
              if
               local.get $17
               local.get $26
               f32x4.extract_lane 0
               f32.store offset=16
              end
              local.get $11
              i32.const 1
              i32.gt_s
              if
               local.get $17
               local.get $26
               f32x4.extract_lane 1
               f32.store offset=20
              end
              local.get $11
              i32.const 2
              i32.gt_s
              if
               local.get $17
               local.get $26
               f32x4.extract_lane 2
               f32.store offset=24
              end
             end
             block $kernels-as/assembly/simd/storeLanes|inlined.192
              local.get $38
              i32.const 8
              i32.sub
              local.tee $11
              i32.const 4
              i32.ge_s
              if
               local.get $17
               local.get $27
               v128.store offset=32
               br $kernels-as/assembly/simd/storeLanes|inlined.192
              end
              local.get $11
              i32.const 0
              i32.gt_s
              if
               local.get $17
               local.get $27
               f32x4.extract_lane 0
               f32.store offset=32
              end
              local.get $11
              i32.const 1
              i32.gt_s
              if
               local.get $17
               local.get $27
               f32x4.extract_lane 1
               f32.store offset=36
              end
              local.get $11
              i32.const 2
              i32.gt_s
              if
               local.get $17
               local.get $27
               f32x4.extract_lane 2
               f32.store offset=40
              end
             end
             block $kernels-as/assembly/simd/storeLanes|inlined.193
              local.get $38
              i32.const 12
              i32.sub
              local.tee $11
              i32.const 4
              i32.ge_s
              if
               local.get $17
               local.get $28
               v128.store offset=48
               br $kernels-as/assembly/simd/storeLanes|inlined.193
              end
              local.get $11
              i32.const 0
              i32.gt_s
              if
               local.get $17
               local.get $28
               f32x4.extract_lane 0
               f32.store offset=48
              end
              local.get $11
              i32.const 1
              i32.gt_s
              if
               local.get $17
               local.get $28
               f32x4.extract_lane 1
               f32.store offset=52
              end
              local.get $11
              i32.const 2
              i32.gt_s
              if
               local.get $17
               local.get $28
               f32x4.extract_lane 2
               f32.store offset=56
              end
             end
            end
           end
           local.get $14
           i32.const 1
           i32.add
           local.set $14
           br $for-loop|30
          end
         end
        else
         i32.const 16
         local.get $3
         local.get $19
         i32.const 4
         i32.shl
         local.tee $11
         i32.sub
         local.tee $13
         local.get $13
         i32.const 16
         i32.gt_s
         select
         local.set $17
         local.get $10
         local.get $3
         local.get $33
         i32.mul
         local.get $11
         i32.add
         i32.const 2
         i32.shl
         i32.add
         local.set $16
         local.get $6
         i32.const 1
         i32.sub
         i64.extend_i32_s
         local.get $7
         i64.extend_i32_s
         local.get $2
         i64.extend_i32_s
         i64.mul
         i64.add
         local.get $6
         i64.extend_i32_s
         i64.div_u
         i32.wrap_i64
         local.set $38
         local.get $7
         local.set $14
         loop $for-loop|37
          local.get $8
          local.get $14
          i32.gt_s
          if
           local.get $6
           i32.const 1
           i32.sub
           i64.extend_i32_s
           local.tee $34
           local.get $2
           i64.extend_i32_s
           local.tee $39
           local.get $14
           i64.extend_i32_s
           i64.mul
           i64.add
           local.get $6
           i64.extend_i32_s
           local.tee $40
           i64.div_u
           i32.wrap_i64
           local.tee $41
           local.get $34
           local.get $14
           i32.const 1
           i32.add
           i64.extend_i32_s
           local.get $39
           i64.mul
           i64.add
           local.get $40
           i64.div_u
           i32.wrap_i64
           local.tee $42
           i32.ne
           if
            local.get $35
            local.get $41
            i32.const 4
            i32.shl
            i32.add
            local.set $13
            local.get $5
            local.get $14
            local.get $3
            i32.const 15
            i32.add
            i32.const 16
            i32.div_s
            i32.const 4
            i32.shl
            i32.mul
            local.get $19
            i32.const 4
            i32.shl
            i32.add
            i32.const 2
            i32.shl
            i32.add
            local.tee $11
            v128.load
            local.tee $15
            f32x4.abs
            local.set $20
            local.get $11
            v128.load offset=16
            local.tee $30
            f32x4.abs
            local.set $21
            local.get $11
            v128.load offset=32
            local.tee $31
            f32x4.abs
            local.set $22
            local.get $11
            v128.load offset=48
            local.tee $32
            f32x4.abs
            local.set $23
            local.get $15
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            f32x4.eq
            local.get $20
            v128.const i32x4 0x1f800000 0x1f800000 0x1f800000 0x1f800000
            f32x4.ge
            local.get $20
            v128.const i32x4 0x5f800000 0x5f800000 0x5f800000 0x5f800000
            f32x4.le
            v128.and
            v128.or
            local.get $30
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            f32x4.eq
            local.get $21
            v128.const i32x4 0x1f800000 0x1f800000 0x1f800000 0x1f800000
            f32x4.ge
            local.get $21
            v128.const i32x4 0x5f800000 0x5f800000 0x5f800000 0x5f800000
            f32x4.le
            v128.and
            v128.or
            v128.and
            local.get $31
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            f32x4.eq
            local.get $22
            v128.const i32x4 0x1f800000 0x1f800000 0x1f800000 0x1f800000
            f32x4.ge
            local.get $22
            v128.const i32x4 0x5f800000 0x5f800000 0x5f800000 0x5f800000
            f32x4.le
            v128.and
            v128.or
            local.get $32
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            f32x4.eq
            local.get $23
            v128.const i32x4 0x1f800000 0x1f800000 0x1f800000 0x1f800000
            f32x4.ge
            local.get $23
            v128.const i32x4 0x5f800000 0x5f800000 0x5f800000 0x5f800000
            f32x4.le
            v128.and
            v128.or
            v128.and
            v128.and
            i32x4.all_true
            local.tee $11
            if
             i32.const 1
             local.set $11
            end
            local.get $11
            if (result v128)
             local.get $31
             v128.const i32x4 0x33800000 0x33800000 0x33800000 0x33800000
             f32x4.mul
             local.set $31
             local.get $32
             v128.const i32x4 0x33800000 0x33800000 0x33800000 0x33800000
             f32x4.mul
             local.set $32
             local.get $30
             v128.const i32x4 0x33800000 0x33800000 0x33800000 0x33800000
             f32x4.mul
             local.set $30
             local.get $15
             v128.const i32x4 0x33800000 0x33800000 0x33800000 0x33800000
             f32x4.mul
            else
             local.get $15
            end
            local.set $20
            local.get $0
            local.get $2
            local.get $33
            i32.mul
            local.get $41
            i32.add
            i32.const 2
            i32.shl
            i32.add
            local.set $43
            local.get $11
            if
             local.get $13
             local.set $11
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.set $21
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.set $27
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.set $25
             local.get $38
             local.get $41
             i32.lt_s
             if (result v128)
              block $kernels-as/assembly/simd/loadLanes|inlined.370 (result v128)
               local.get $17
               i32.const 4
               i32.ge_s
               if
                local.get $16
                v128.load
                br $kernels-as/assembly/simd/loadLanes|inlined.370
               end
               local.get $17
               i32.const 0
               i32.gt_s
               if (result v128)
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
                local.get $16
                f32.load
                f32x4.replace_lane 0
               else
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               end
               local.set $15
               local.get $17
               i32.const 1
               i32.gt_s
               if
                local.get $15
                local.get $16
                f32.load offset=4
                f32x4.replace_lane 1
                local.set $15
               end
               local.get $17
               i32.const 2
               i32.gt_s
               if (result v128)
                local.get $15
                local.get $16
                f32.load offset=8
                f32x4.replace_lane 2
               else
                local.get $15
               end
              end
              local.set $21
              block $kernels-as/assembly/simd/loadLanes|inlined.371 (result v128)
               local.get $17
               i32.const 4
               i32.sub
               local.tee $13
               i32.const 4
               i32.ge_s
               if
                local.get $16
                v128.load offset=16
                br $kernels-as/assembly/simd/loadLanes|inlined.371
               end
               local.get $13
               i32.const 0
               i32.gt_s
               if (result v128)
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
                local.get $16
                f32.load offset=16
                f32x4.replace_lane 0
               else
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               end
               local.set $15
               local.get $13
               i32.const 1
               i32.gt_s
               if
                local.get $15
                local.get $16
                f32.load offset=20
                f32x4.replace_lane 1
                local.set $15
               end
               local.get $13
               i32.const 2
               i32.gt_s
               if (result v128)
                local.get $15
                local.get $16
                f32.load offset=24
                f32x4.replace_lane 2
               else
                local.get $15
               end
              end
              local.set $27
              block $kernels-as/assembly/simd/loadLanes|inlined.372 (result v128)
               local.get $17
               i32.const 8
               i32.sub
               local.tee $13
               i32.const 4
               i32.ge_s
               if
                local.get $16
                v128.load offset=32
                br $kernels-as/assembly/simd/loadLanes|inlined.372
               end
               local.get $13
               i32.const 0
               i32.gt_s
               if (result v128)
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
                local.get $16
                f32.load offset=32
                f32x4.replace_lane 0
               else
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               end
               local.set $15
               local.get $13
               i32.const 1
               i32.gt_s
               if
                local.get $15
                local.get $16
                f32.load offset=36
                f32x4.replace_lane 1
                local.set $15
               end
               local.get $13
               i32.const 2
               i32.gt_s
               if (result v128)
                local.get $15
                local.get $16
                f32.load offset=40
                f32x4.replace_lane 2
               else
                local.get $15
               end
              end
              local.set $25
              block $kernels-as/assembly/simd/loadLanes|inlined.373 (result v128)
               local.get $17
               i32.const 12
               i32.sub
               local.tee $13
               i32.const 4
               i32.ge_s
               if
                local.get $16
                v128.load offset=48
                br $kernels-as/assembly/simd/loadLanes|inlined.373
               end
               local.get $13
               i32.const 0
               i32.gt_s
               if (result v128)
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
                local.get $16
                f32.load offset=48
                f32x4.replace_lane 0
               else
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               end
               local.set $15
               local.get $13
               i32.const 1
               i32.gt_s
               if
                local.get $15
                local.get $16
                f32.load offset=52
                f32x4.replace_lane 1
                local.set $15
               end
               local.get $13
               i32.const 2
               i32.gt_s
               if (result v128)
                local.get $15
                local.get $16
                f32.load offset=56
                f32x4.replace_lane 2
               else
                local.get $15
               end
              end
             else
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             end
             local.set $15
             local.get $11
             local.get $42
             local.get $41
             i32.sub
             local.tee $41
             i32.const 4
             i32.shl
             i32.add
             i32.const 4
             i32.sub
             local.set $42
             i32.const 0
             local.set $13
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.set $29
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.set $22
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.set $28
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.set $24
             loop $for-loop|42
              local.get $13
              i32.const 2
              i32.add
              local.get $41
              i32.le_u
              if
               local.get $13
               i32.const 127
               i32.and
               i32.eqz
               if
                local.get $11
                i32.const 1024
                i32.add
                local.tee $44
                local.get $42
                local.get $42
                local.get $44
                i32.gt_u
                select
                i32.load
                drop
               end
               local.get $11
               v128.load
               local.tee $23
               i32.const 24
               i32x4.shl
               f32x4.convert_i32x4_s
               local.get $20
               f32x4.mul
               local.tee $26
               i32.const 1024
               v128.load
               local.tee $47
               f32x4.mul
               local.tee $48
               local.get $48
               local.get $26
               f32x4.sub
               f32x4.sub
               local.get $43
               local.get $13
               i32.const 2
               i32.shl
               i32.add
               local.tee $44
               v128.load32_splat
               local.tee $26
               f32x4.mul
               local.get $21
               f32x4.add
               local.set $21
               local.get $11
               v128.load offset=16
               local.tee $48
               i32.const 24
               i32x4.shl
               f32x4.convert_i32x4_s
               local.get $20
               f32x4.mul
               local.tee $49
               local.get $47
               f32x4.mul
               local.tee $50
               local.get $50
               local.get $49
               f32x4.sub
               f32x4.sub
               local.get $44
               v128.load32_splat offset=4
               local.tee $49
               f32x4.mul
               local.get $29
               f32x4.add
               local.set $29
               local.get $23
               i32.const 16
               i32x4.shl
               i32.const 1040
               v128.load
               local.tee $50
               v128.and
               f32x4.convert_i32x4_s
               local.get $30
               f32x4.mul
               local.tee $51
               local.get $47
               f32x4.mul
               local.tee $52
               local.get $52
               local.get $51
               f32x4.sub
               f32x4.sub
               local.get $26
               f32x4.mul
               local.get $27
               f32x4.add
               local.set $27
               local.get $48
               i32.const 16
               i32x4.shl
               local.get $50
               v128.and
               f32x4.convert_i32x4_s
               local.get $30
               f32x4.mul
               local.tee $51
               local.get $47
               f32x4.mul
               local.tee $52
               local.get $52
               local.get $51
               f32x4.sub
               f32x4.sub
               local.get $49
               f32x4.mul
               local.get $22
               f32x4.add
               local.set $22
               local.get $23
               i32.const 8
               i32x4.shl
               local.get $50
               v128.and
               f32x4.convert_i32x4_s
               local.get $31
               f32x4.mul
               local.tee $51
               local.get $47
               f32x4.mul
               local.tee $52
               local.get $52
               local.get $51
               f32x4.sub
               f32x4.sub
               local.get $26
               f32x4.mul
               local.get $25
               f32x4.add
               local.set $25
               local.get $48
               i32.const 8
               i32x4.shl
               local.get $50
               v128.and
               f32x4.convert_i32x4_s
               local.get $31
               f32x4.mul
               local.tee $51
               local.get $47
               f32x4.mul
               local.tee $52
               local.get $52
               local.get $51
               f32x4.sub
               f32x4.sub
               local.get $49
               f32x4.mul
               local.get $28
               f32x4.add
               local.set $28
               local.get $23
               local.get $50
               v128.and
               f32x4.convert_i32x4_s
               local.get $32
               f32x4.mul
               local.tee $23
               local.get $47
               f32x4.mul
               local.tee $51
               local.get $51
               local.get $23
               f32x4.sub
               f32x4.sub
               local.get $26
               f32x4.mul
               local.get $15
               f32x4.add
               local.set $15
               local.get $48
               local.get $50
               v128.and
               f32x4.convert_i32x4_s
               local.get $32
               f32x4.mul
               local.tee $23
               local.get $47
               f32x4.mul
               local.tee $26
               local.get $26
               local.get $23
               f32x4.sub
               f32x4.sub
               local.get $49
               f32x4.mul
               local.get $24
               f32x4.add
               local.set $24
               local.get $11
               i32.const 32
               i32.add
               local.set $11
               local.get $13
               i32.const 2
               i32.add
               local.set $13
               br $for-loop|42
              end
             end
             local.get $13
             local.get $41
             i32.lt_u
             if
              local.get $11
              v128.load
              local.tee $23
              i32.const 24
              i32x4.shl
              f32x4.convert_i32x4_s
              local.get $20
              f32x4.mul
              local.tee $20
              i32.const 1024
              v128.load
              local.tee $26
              f32x4.mul
              local.tee $47
              local.get $47
              local.get $20
              f32x4.sub
              f32x4.sub
              local.get $43
              local.get $13
              i32.const 2
              i32.shl
              i32.add
              v128.load32_splat
              local.tee $20
              f32x4.mul
              local.get $21
              f32x4.add
              local.set $21
              local.get $23
              i32.const 16
              i32x4.shl
              i32.const 1040
              v128.load
              local.tee $47
              v128.and
              f32x4.convert_i32x4_s
              local.get $30
              f32x4.mul
              local.tee $30
              local.get $26
              f32x4.mul
              local.tee $48
              local.get $48
              local.get $30
              f32x4.sub
              f32x4.sub
              local.get $20
              f32x4.mul
              local.get $27
              f32x4.add
              local.set $27
              local.get $23
              i32.const 8
              i32x4.shl
              local.get $47
              v128.and
              f32x4.convert_i32x4_s
              local.get $31
              f32x4.mul
              local.tee $30
              local.get $26
              f32x4.mul
              local.tee $31
              local.get $31
              local.get $30
              f32x4.sub
              f32x4.sub
              local.get $20
              f32x4.mul
              local.get $25
              f32x4.add
              local.set $25
              local.get $23
              local.get $47
              v128.and
              f32x4.convert_i32x4_s
              local.get $32
              f32x4.mul
              local.tee $23
              local.get $26
              f32x4.mul
              local.tee $26
              local.get $26
              local.get $23
              f32x4.sub
              f32x4.sub
              local.get $20
              f32x4.mul
              local.get $15
              f32x4.add
              local.set $15
             end
             local.get $21
             local.get $29
             f32x4.add
             local.set $20
             local.get $27
             local.get $22
             f32x4.add
             local.set $21
             local.get $25
             local.get $28
             f32x4.add
             local.set $22
             local.get $15
             local.get $24
             f32x4.add
             local.set $15
             block $kernels-as/assembly/simd/storeLanes|inlined.218
              local.get $17
              i32.const 4
              i32.ge_s
              if
               local.get $16
               local.get $20
               v128.store
               br $kernels-as/assembly/simd/storeLanes|inlined.218
              end
              local.get $17
              i32.const 0
              i32.gt_s
              if
               local.get $16
               local.get $20
               f32x4.extract_lane 0
               f32.store
              end
              local.get $17
              i32.const 1
              i32.gt_s
              if
               local.get $16
               local.get $20
               f32x4.extract_lane 1
               f32.store offset=4
              end
              local.get $17
              i32.const 2
              i32.gt_s
              if
               local.get $16
               local.get $20
               f32x4.extract_lane 2
               f32.store offset=8
              end
             end
             block $kernels-as/assembly/simd/storeLanes|inlined.219
              local.get $17
              i32.const 4
              i32.sub
              local.tee $11
              i32.const 4
              i32.ge_s
              if
               local.get $16
               local.get $21
               v128.store offset=16
               br $kernels-as/assembly/simd/storeLanes|inlined.219
              end
              local.get $11
              i32.const 0
              i32.gt_s
              if
               local.get $16
               local.get $21
               f32x4.extract_lane 0
               f32.store offset=16
              end
              local.get $11
              i32.const 1
              i32.gt_s
              if
               local.get $16
               local.get $21
               f32x4.extract_lane 1
               f32.store offset=20
              end
              local.get $11
              i32.const 2
              i32.gt_s
              if
               local.get $16
               local.get $21
               f32x4.extract_lane 2
               f32.store offset=24
              end
             end
             block $kernels-as/assembly/simd/storeLanes|inlined.220
              local.get $17
              i32.const 8
              i32.sub
              local.tee $11
              i32.const 4
              i32.ge_s
              if
               local.get $16
               local.get $22
               v128.store offset=32
               br $kernels-as/assembly/simd/storeLanes|inlined.220
              end
              local.get $11
              i32.const 0
              i32.gt_s
              if
               local.get $16
               local.get $22
               f32x4.extract_lane 0
               f32.store offset=32
              end
              local.get $11
              i32.const 1
              i32.gt_s
              if
               local.get $16
               local.get $22
               f32x4.extract_lane 1
               f32.store offset=36
              end
              local.get $11
              i32.const 2
              i32.gt_s
              if
               local.get $16
               local.get $22
               f32x4.extract_lane 2
               f32.store offset=40
              end
             end
             block $kernels-as/assembly/simd/storeLanes|inlined.221
              local.get $17
              i32.const 12
              i32.sub
              local.tee $11
              i32.const 4
              i32.ge_s
              if
               local.get $16
               local.get $15
               v128.store offset=48
               br $kernels-as/assembly/simd/storeLanes|inlined.221
              end
              local.get $11
              i32.const 0
              i32.gt_s
              if
               local.get $16
               local.get $15
               f32x4.extract_lane 0
               f32.store offset=48
              end
              local.get $11
              i32.const 1
              i32.gt_s
              if
               local.get $16
               local.get $15
               f32x4.extract_lane 1
               f32.store offset=52
              end
              local.get $11
              i32.const 2
              i32.gt_s
              if
               local.get $16
               local.get $15
               f32x4.extract_lane 2
               f32.store offset=56
              end
             end
            else
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.set $21
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.set $27
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.set $25
             local.get $38
             local.get $41
             i32.lt_s
             if (result v128)
              block $kernels-as/assembly/simd/loadLanes|inlined.378 (result v128)
               local.get $17
               i32.const 4
               i32.ge_s
               if
                local.get $16
                v128.load
                br $kernels-as/assembly/simd/loadLanes|inlined.378
               end
               local.get $17
               i32.const 0
               i32.gt_s
               if (result v128)
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
                local.get $16
                f32.load
                f32x4.replace_lane 0
               else
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               end
               local.set $15
               local.get $17
               i32.const 1
               i32.gt_s
               if
                local.get $15
                local.get $16
                f32.load offset=4
                f32x4.replace_lane 1
                local.set $15
               end
               local.get $17
               i32.const 2
               i32.gt_s
               if (result v128)
                local.get $15
                local.get $16
                f32.load offset=8
                f32x4.replace_lane 2
               else
                local.get $15
               end
              end
              local.set $21
              block $kernels-as/assembly/simd/loadLanes|inlined.379 (result v128)
               local.get $17
               i32.const 4
               i32.sub
               local.tee $11
               i32.const 4
               i32.ge_s
               if
                local.get $16
                v128.load offset=16
                br $kernels-as/assembly/simd/loadLanes|inlined.379
               end
               local.get $11
               i32.const 0
               i32.gt_s
               if (result v128)
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
                local.get $16
                f32.load offset=16
                f32x4.replace_lane 0
               else
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               end
               local.set $15
               local.get $11
               i32.const 1
               i32.gt_s
               if
                local.get $15
                local.get $16
                f32.load offset=20
                f32x4.replace_lane 1
                local.set $15
               end
               local.get $11
               i32.const 2
               i32.gt_s
               if (result v128)
                local.get $15
                local.get $16
                f32.load offset=24
                f32x4.replace_lane 2
               else
                local.get $15
               end
              end
              local.set $27
              block $kernels-as/assembly/simd/loadLanes|inlined.380 (result v128)
               local.get $17
               i32.const 8
               i32.sub
               local.tee $11
               i32.const 4
               i32.ge_s
               if
                local.get $16
                v128.load offset=32
                br $kernels-as/assembly/simd/loadLanes|inlined.380
               end
               local.get $11
               i32.const 0
               i32.gt_s
               if (result v128)
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
                local.get $16
                f32.load offset=32
                f32x4.replace_lane 0
               else
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               end
               local.set $15
               local.get $11
               i32.const 1
               i32.gt_s
               if
                local.get $15
                local.get $16
                f32.load offset=36
                f32x4.replace_lane 1
                local.set $15
               end
               local.get $11
               i32.const 2
               i32.gt_s
               if (result v128)
                local.get $15
                local.get $16
                f32.load offset=40
                f32x4.replace_lane 2
               else
                local.get $15
               end
              end
              local.set $25
              block $kernels-as/assembly/simd/loadLanes|inlined.381 (result v128)
               local.get $17
               i32.const 12
               i32.sub
               local.tee $11
               i32.const 4
               i32.ge_s
               if
                local.get $16
                v128.load offset=48
                br $kernels-as/assembly/simd/loadLanes|inlined.381
               end
               local.get $11
               i32.const 0
               i32.gt_s
               if (result v128)
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
                local.get $16
                f32.load offset=48
                f32x4.replace_lane 0
               else
                v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               end
               local.set $15
               local.get $11
               i32.const 1
               i32.gt_s
               if
                local.get $15
                local.get $16
                f32.load offset=52
                f32x4.replace_lane 1
                local.set $15
               end
               local.get $11
               i32.const 2
               i32.gt_s
               if (result v128)
                local.get $15
                local.get $16
                f32.load offset=56
                f32x4.replace_lane 2
               else
                local.get $15
               end
              end
             else
              v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             end
             local.set $15
             local.get $13
             local.get $42
             local.get $41
             i32.sub
             local.tee $41
             i32.const 4
             i32.shl
             i32.add
             i32.const 4
             i32.sub
             local.set $42
             i32.const 0
             local.set $11
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.set $29
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.set $22
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.set $28
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
             local.set $24
             loop $for-loop|43
              local.get $11
              i32.const 2
              i32.add
              local.get $41
              i32.le_u
              if
               local.get $11
               i32.const 127
               i32.and
               i32.eqz
               if
                local.get $13
                i32.const 1024
                i32.add
                local.tee $44
                local.get $42
                local.get $42
                local.get $44
                i32.gt_u
                select
                i32.load
                drop
               end
               local.get $13
               v128.load
               local.tee $23
               i32.const 24
               i32x4.shl
               i32.const 24
               i32x4.shr_s
               f32x4.convert_i32x4_s
               local.get $20
               f32x4.mul
               local.tee $26
               v128.const i32x4 0x00007fff 0x00007fff 0x00007fff 0x00007fff
               i32x4.add
               local.get $26
               i32.const 16
               i32x4.shr_u
               v128.const i32x4 0x00000001 0x00000001 0x00000001 0x00000001
               v128.and
               i32x4.add
               v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
               v128.and
               local.set $47
               local.get $26
               v128.const i32x4 0x00400000 0x00400000 0x00400000 0x00400000
               v128.or
               v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
               v128.and
               local.get $47
               local.get $26
               local.get $26
               f32x4.ne
               v128.bitselect
               local.get $43
               local.get $11
               i32.const 2
               i32.shl
               i32.add
               local.tee $44
               v128.load32_splat
               local.tee $26
               f32x4.mul
               local.get $21
               f32x4.add
               local.set $21
               local.get $13
               v128.load offset=16
               local.tee $47
               i32.const 24
               i32x4.shl
               i32.const 24
               i32x4.shr_s
               f32x4.convert_i32x4_s
               local.get $20
               f32x4.mul
               local.tee $48
               v128.const i32x4 0x00007fff 0x00007fff 0x00007fff 0x00007fff
               i32x4.add
               local.get $48
               i32.const 16
               i32x4.shr_u
               v128.const i32x4 0x00000001 0x00000001 0x00000001 0x00000001
               v128.and
               i32x4.add
               v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
               v128.and
               local.set $49
               local.get $48
               v128.const i32x4 0x00400000 0x00400000 0x00400000 0x00400000
               v128.or
               v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
               v128.and
               local.get $49
               local.get $48
               local.get $48
               f32x4.ne
               v128.bitselect
               local.get $44
               v128.load32_splat offset=4
               local.tee $48
               f32x4.mul
               local.get $29
               f32x4.add
               local.set $29
               local.get $23
               i32.const 16
               i32x4.shl
               i32.const 24
               i32x4.shr_s
               f32x4.convert_i32x4_s
               local.get $30
               f32x4.mul
               local.tee $49
               v128.const i32x4 0x00007fff 0x00007fff 0x00007fff 0x00007fff
               i32x4.add
               local.get $49
               i32.const 16
               i32x4.shr_u
               v128.const i32x4 0x00000001 0x00000001 0x00000001 0x00000001
               v128.and
               i32x4.add
               v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
               v128.and
               local.set $50
               local.get $49
               v128.const i32x4 0x00400000 0x00400000 0x00400000 0x00400000
               v128.or
               v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
               v128.and
               local.get $50
               local.get $49
               local.get $49
               f32x4.ne
               v128.bitselect
               local.get $26
               f32x4.mul
               local.get $27
               f32x4.add
               local.set $27
               local.get $47
               i32.const 16
               i32x4.shl
               i32.const 24
               i32x4.shr_s
               f32x4.convert_i32x4_s
               local.get $30
               f32x4.mul
               local.tee $49
               v128.const i32x4 0x00007fff 0x00007fff 0x00007fff 0x00007fff
               i32x4.add
               local.get $49
               i32.const 16
               i32x4.shr_u
               v128.const i32x4 0x00000001 0x00000001 0x00000001 0x00000001
               v128.and
               i32x4.add
               v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
               v128.and
               local.set $50
               local.get $49
               v128.const i32x4 0x00400000 0x00400000 0x00400000 0x00400000
               v128.or
               v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
               v128.and
               local.get $50
               local.get $49
               local.get $49
               f32x4.ne
               v128.bitselect
               local.get $48
               f32x4.mul
               local.get $22
               f32x4.add
               local.set $22
               local.get $23
               i32.const 8
               i32x4.shl
               i32.const 24
               i32x4.shr_s
               f32x4.convert_i32x4_s
               local.get $31
               f32x4.mul
               local.tee $49
               v128.const i32x4 0x00007fff 0x00007fff 0x00007fff 0x00007fff
               i32x4.add
               local.get $49
               i32.const 16
               i32x4.shr_u
               v128.const i32x4 0x00000001 0x00000001 0x00000001 0x00000001
               v128.and
               i32x4.add
               v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
               v128.and
               local.set $50
               local.get $49
               v128.const i32x4 0x00400000 0x00400000 0x00400000 0x00400000
               v128.or
               v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
               v128.and
               local.get $50
               local.get $49
               local.get $49
               f32x4.ne
               v128.bitselect
               local.get $26
               f32x4.mul
               local.get $25
               f32x4.add
               local.set $25
               local.get $47
               i32.const 8
               i32x4.shl
               i32.const 24
               i32x4.shr_s
               f32x4.convert_i32x4_s
               local.get $31
               f32x4.mul
               local.tee $49
               v128.const i32x4 0x00007fff 0x00007fff 0x00007fff 0x00007fff
               i32x4.add
               local.get $49
               i32.const 16
               i32x4.shr_u
               v128.const i32x4 0x00000001 0x00000001 0x00000001 0x00000001
               v128.and
               i32x4.add
               v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
               v128.and
               local.set $50
               local.get $49
               v128.const i32x4 0x00400000 0x00400000 0x00400000 0x00400000
               v128.or
               v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
               v128.and
               local.get $50
               local.get $49
               local.get $49
               f32x4.ne
               v128.bitselect
               local.get $48
               f32x4.mul
               local.get $28
               f32x4.add
               local.set $28
               local.get $23
               i32.const 24
               i32x4.shr_s
               f32x4.convert_i32x4_s
               local.get $32
               f32x4.mul
               local.tee $23
               v128.const i32x4 0x00007fff 0x00007fff 0x00007fff 0x00007fff
               i32x4.add
               local.get $23
               i32.const 16
               i32x4.shr_u
               v128.const i32x4 0x00000001 0x00000001 0x00000001 0x00000001
               v128.and
               i32x4.add
               v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
               v128.and
               local.set $49
               local.get $23
               v128.const i32x4 0x00400000 0x00400000 0x00400000 0x00400000
               v128.or
               v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
               v128.and
               local.get $49
               local.get $23
               local.get $23
               f32x4.ne
               v128.bitselect
               local.get $26
               f32x4.mul
               local.get $15
               f32x4.add
               local.set $15
               local.get $47
               i32.const 24
               i32x4.shr_s
               f32x4.convert_i32x4_s
               local.get $32
               f32x4.mul
               local.tee $23
               v128.const i32x4 0x00007fff 0x00007fff 0x00007fff 0x00007fff
               i32x4.add
               local.get $23
               i32.const 16
               i32x4.shr_u
               v128.const i32x4 0x00000001 0x00000001 0x00000001 0x00000001
               v128.and
               i32x4.add
               v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
               v128.and
               local.set $26
               local.get $23
               v128.const i32x4 0x00400000 0x00400000 0x00400000 0x00400000
               v128.or
               v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
               v128.and
               local.get $26
               local.get $23
               local.get $23
               f32x4.ne
               v128.bitselect
               local.get $48
               f32x4.mul
               local.get $24
               f32x4.add
               local.set $24
               local.get $13
               i32.const 32
               i32.add
               local.set $13
               local.get $11
               i32.const 2
               i32.add
               local.set $11
               br $for-loop|43
              end
             end
             local.get $11
             local.get $41
             i32.lt_u
             if
              local.get $13
              v128.load
              local.tee $23
              i32.const 24
              i32x4.shl
              i32.const 24
              i32x4.shr_s
              f32x4.convert_i32x4_s
              local.get $20
              f32x4.mul
              local.tee $20
              v128.const i32x4 0x00007fff 0x00007fff 0x00007fff 0x00007fff
              i32x4.add
              local.get $20
              i32.const 16
              i32x4.shr_u
              v128.const i32x4 0x00000001 0x00000001 0x00000001 0x00000001
              v128.and
              i32x4.add
              v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
              v128.and
              local.set $26
              local.get $20
              v128.const i32x4 0x00400000 0x00400000 0x00400000 0x00400000
              v128.or
              v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
              v128.and
              local.get $26
              local.get $20
              local.get $20
              f32x4.ne
              v128.bitselect
              local.get $43
              local.get $11
              i32.const 2
              i32.shl
              i32.add
              v128.load32_splat
              local.tee $20
              f32x4.mul
              local.get $21
              f32x4.add
              local.set $21
              local.get $23
              i32.const 16
              i32x4.shl
              i32.const 24
              i32x4.shr_s
              f32x4.convert_i32x4_s
              local.get $30
              f32x4.mul
              local.tee $26
              v128.const i32x4 0x00007fff 0x00007fff 0x00007fff 0x00007fff
              i32x4.add
              local.get $26
              i32.const 16
              i32x4.shr_u
              v128.const i32x4 0x00000001 0x00000001 0x00000001 0x00000001
              v128.and
              i32x4.add
              v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
              v128.and
              local.set $30
              local.get $26
              v128.const i32x4 0x00400000 0x00400000 0x00400000 0x00400000
              v128.or
              v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
              v128.and
              local.get $30
              local.get $26
              local.get $26
              f32x4.ne
              v128.bitselect
              local.get $20
              f32x4.mul
              local.get $27
              f32x4.add
              local.set $27
              local.get $23
              i32.const 8
              i32x4.shl
              i32.const 24
              i32x4.shr_s
              f32x4.convert_i32x4_s
              local.get $31
              f32x4.mul
              local.tee $26
              v128.const i32x4 0x00007fff 0x00007fff 0x00007fff 0x00007fff
              i32x4.add
              local.get $26
              i32.const 16
              i32x4.shr_u
              v128.const i32x4 0x00000001 0x00000001 0x00000001 0x00000001
              v128.and
              i32x4.add
              v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
              v128.and
              local.set $30
              local.get $26
              v128.const i32x4 0x00400000 0x00400000 0x00400000 0x00400000
              v128.or
              v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
              v128.and
              local.get $30
              local.get $26
              local.get $26
              f32x4.ne
              v128.bitselect
              local.get $20
              f32x4.mul
              local.get $25
              f32x4.add
              local.set $25
              local.get $23
              i32.const 24
              i32x4.shr_s
              f32x4.convert_i32x4_s
              local.get $32
              f32x4.mul
              local.tee $23
              v128.const i32x4 0x00007fff 0x00007fff 0x00007fff 0x00007fff
              i32x4.add
              local.get $23
              i32.const 16
              i32x4.shr_u
              v128.const i32x4 0x00000001 0x00000001 0x00000001 0x00000001
              v128.and
              i32x4.add
              v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
              v128.and
              local.set $26
              local.get $23
              v128.const i32x4 0x00400000 0x00400000 0x00400000 0x00400000
              v128.or
              v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
              v128.and
              local.get $26
              local.get $23
              local.get $23
              f32x4.ne
              v128.bitselect
              local.get $20
              f32x4.mul
              local.get $15
              f32x4.add
              local.set $15
             end
             local.get $21
             local.get $29
             f32x4.add
             local.set $20
             local.get $27
             local.get $22
             f32x4.add
             local.set $21
             local.get $25
             local.get $28
             f32x4.add
             local.set $22
             local.get $15
             local.get $24
             f32x4.add
             local.set $15
             block $kernels-as/assembly/simd/storeLanes|inlined.222
              local.get $17
              i32.const 4
              i32.ge_s
              if
               local.get $16
               local.get $20
               v128.store
               br $kernels-as/assembly/simd/storeLanes|inlined.222
              end
              local.get $17
              i32.const 0
              i32.gt_s
              if
               local.get $16
               local.get $20
               f32x4.extract_lane 0
               f32.store
              end
              local.get $17
              i32.const 1
              i32.gt_s
              if
               local.get $16
               local.get $20
               f32x4.extract_lane 1
               f32.store offset=4
              end
              local.get $17
              i32.const 2
              i32.gt_s
              if
               local.get $16
               local.get $20
               f32x4.extract_lane 2
               f32.store offset=8
              end
             end
             block $kernels-as/assembly/simd/storeLanes|inlined.223
              local.get $17
              i32.const 4
              i32.sub
              local.tee $11
              i32.const 4
              i32.ge_s
              if
               local.get $16
               local.get $21
               v128.store offset=16
               br $kernels-as/assembly/simd/storeLanes|inlined.223
              end
              local.get $11
              i32.const 0
              i32.gt_s
              if
               local.get $16
               local.get $21
               f32x4.extract_lane 0
               f32.store offset=16
              end
              local.get $11
              i32.const 1
              i32.gt_s
              if
               local.get $16
               local.get $21
               f32x4.extract_lane 1
               f32.store offset=20
              end
              local.get $11
              i32.const 2
              i32.gt_s
              if
               local.get $16
               local.get $21
               f32x4.extract_lane 2
               f32.store offset=24
              end
             end
             block $kernels-as/assembly/simd/storeLanes|inlined.224
              local.get $17
              i32.const 8
              i32.sub
              local.tee $11
              i32.const 4
              i32.ge_s
              if
               local.get $16
               local.get $22
               v128.store offset=32
               br $kernels-as/assembly/simd/storeLanes|inlined.224
              end
              local.get $11
              i32.const 0
              i32.gt_s
              if
               local.get $16
               local.get $22
               f32x4.extract_lane 0
               f32.store offset=32
              end
              local.get $11
              i32.const 1
              i32.gt_s
              if
               local.get $16
               local.get $22
               f32x4.extract_lane 1
               f32.store offset=36
              end
              local.get $11
              i32.const 2
              i32.gt_s
              if
               local.get $16
               local.get $22
               f32x4.extract_lane 2
               f32.store offset=40
              end
             end
             block $kernels-as/assembly/simd/storeLanes|inlined.225
              local.get $17
              i32.const 12
              i32.sub
              local.tee $11
              i32.const 4
              i32.ge_s
              if
               local.get $16
               local.get $15
               v128.store offset=48
               br $kernels-as/assembly/simd/storeLanes|inlined.225
              end
              local.get $11
              i32.const 0
              i32.gt_s
              if
               local.get $16
               local.get $15
               f32x4.extract_lane 0
               f32.store offset=48
              end
              local.get $11
              i32.const 1
              i32.gt_s
              if
               local.get $16
               local.get $15
               f32x4.extract_lane 1
               f32.store offset=52
              end
              local.get $11
              i32.const 2
              i32.gt_s
              if
               local.get $16
               local.get $15
               f32x4.extract_lane 2
               f32.store offset=56
              end
             end
            end
           end
           local.get $14
           i32.const 1
           i32.add
           local.set $14
           br $for-loop|37
          end
         end
        end
       end
      else
       local.get $11
       if
        i32.const 16
        local.get $3
        local.get $19
        i32.const 4
        i32.shl
        local.tee $11
        i32.sub
        local.tee $13
        local.get $13
        i32.const 16
        i32.gt_s
        select
        local.set $41
        local.get $10
        local.get $3
        local.get $33
        i32.mul
        local.get $11
        i32.add
        i32.const 2
        i32.shl
        i32.add
        local.tee $16
        local.get $3
        i32.const 2
        i32.shl
        i32.add
        local.set $17
        local.get $6
        i32.const 1
        i32.sub
        i64.extend_i32_s
        local.get $7
        i64.extend_i32_s
        local.get $2
        i64.extend_i32_s
        i64.mul
        i64.add
        local.get $6
        i64.extend_i32_s
        i64.div_u
        i32.wrap_i64
        local.set $42
        local.get $7
        local.set $14
        loop $for-loop|2
         local.get $8
         local.get $14
         i32.gt_s
         if
          local.get $6
          i32.const 1
          i32.sub
          i64.extend_i32_s
          local.tee $34
          local.get $2
          i64.extend_i32_s
          local.tee $39
          local.get $14
          i64.extend_i32_s
          i64.mul
          i64.add
          local.get $6
          i64.extend_i32_s
          local.tee $40
          i64.div_u
          i32.wrap_i64
          local.tee $38
          local.get $34
          local.get $14
          i32.const 1
          i32.add
          i64.extend_i32_s
          local.get $39
          i64.mul
          i64.add
          local.get $40
          i64.div_u
          i32.wrap_i64
          local.tee $43
          i32.ne
          if
           local.get $0
           local.get $2
           local.get $33
           i32.mul
           local.get $38
           i32.add
           i32.const 2
           i32.shl
           i32.add
           local.tee $44
           local.get $2
           i32.const 2
           i32.shl
           i32.add
           local.set $45
           local.get $35
           local.get $38
           i32.const 4
           i32.shl
           i32.add
           local.set $13
           local.get $5
           local.get $14
           local.get $3
           i32.const 15
           i32.add
           i32.const 16
           i32.div_s
           i32.const 4
           i32.shl
           i32.mul
           local.get $19
           i32.const 4
           i32.shl
           i32.add
           i32.const 2
           i32.shl
           i32.add
           local.tee $11
           v128.load
           local.tee $15
           f32x4.abs
           local.set $20
           local.get $11
           v128.load offset=16
           local.tee $30
           f32x4.abs
           local.set $21
           local.get $11
           v128.load offset=32
           local.tee $31
           f32x4.abs
           local.set $22
           local.get $11
           v128.load offset=48
           local.tee $32
           f32x4.abs
           local.set $23
           local.get $15
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           f32x4.eq
           local.get $20
           v128.const i32x4 0x1f800000 0x1f800000 0x1f800000 0x1f800000
           f32x4.ge
           local.get $20
           v128.const i32x4 0x5f800000 0x5f800000 0x5f800000 0x5f800000
           f32x4.le
           v128.and
           v128.or
           local.get $30
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           f32x4.eq
           local.get $21
           v128.const i32x4 0x1f800000 0x1f800000 0x1f800000 0x1f800000
           f32x4.ge
           local.get $21
           v128.const i32x4 0x5f800000 0x5f800000 0x5f800000 0x5f800000
           f32x4.le
           v128.and
           v128.or
           v128.and
           local.get $31
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           f32x4.eq
           local.get $22
           v128.const i32x4 0x1f800000 0x1f800000 0x1f800000 0x1f800000
           f32x4.ge
           local.get $22
           v128.const i32x4 0x5f800000 0x5f800000 0x5f800000 0x5f800000
           f32x4.le
           v128.and
           v128.or
           local.get $32
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           f32x4.eq
           local.get $23
           v128.const i32x4 0x1f800000 0x1f800000 0x1f800000 0x1f800000
           f32x4.ge
           local.get $23
           v128.const i32x4 0x5f800000 0x5f800000 0x5f800000 0x5f800000
           f32x4.le
           v128.and
           v128.or
           v128.and
           v128.and
           i32x4.all_true
           local.tee $11
           if
            local.get $18
            local.set $11
           end
           local.get $11
           if
            local.get $31
            v128.const i32x4 0x33800000 0x33800000 0x33800000 0x33800000
            f32x4.mul
            local.set $31
            local.get $32
            v128.const i32x4 0x33800000 0x33800000 0x33800000 0x33800000
            f32x4.mul
            local.set $32
            local.get $30
            v128.const i32x4 0x33800000 0x33800000 0x33800000 0x33800000
            f32x4.mul
            local.set $30
            local.get $15
            v128.const i32x4 0x33800000 0x33800000 0x33800000 0x33800000
            f32x4.mul
            local.set $15
           end
           local.get $11
           if
            local.get $15
            local.set $20
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $22
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $23
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $25
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $15
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $29
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $26
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $27
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $28
            local.get $38
            local.get $42
            i32.gt_s
            local.set $46
            local.get $13
            local.tee $11
            local.get $43
            local.get $38
            i32.sub
            local.tee $43
            i32.const 4
            i32.shl
            i32.add
            i32.const 4
            i32.sub
            local.set $53
            i32.const 0
            local.set $13
            loop $for-loop|3
             local.get $13
             i32.const 2
             i32.add
             local.get $43
             i32.le_u
             if
              local.get $13
              i32.const 127
              i32.and
              i32.eqz
              if
               local.get $11
               i32.const 1024
               i32.add
               local.tee $38
               local.get $53
               local.get $38
               local.get $53
               i32.lt_u
               select
               i32.load
               drop
              end
              local.get $13
              i32.const 2
              i32.shl
              local.tee $54
              local.get $44
              i32.add
              local.tee $38
              v128.load32_splat
              local.set $21
              local.get $45
              local.get $54
              i32.add
              local.tee $54
              v128.load32_splat
              local.set $24
              local.get $22
              local.get $11
              v128.load offset=16
              local.tee $47
              i32.const 24
              i32x4.shl
              f32x4.convert_i32x4_s
              local.tee $48
              local.get $38
              v128.load32_splat offset=4
              local.tee $49
              f32x4.mul
              local.get $11
              v128.load
              local.tee $50
              i32.const 24
              i32x4.shl
              f32x4.convert_i32x4_s
              local.tee $51
              local.get $21
              f32x4.mul
              f32x4.add
              f32x4.add
              local.set $22
              local.get $29
              local.get $48
              local.get $54
              v128.load32_splat offset=4
              local.tee $48
              f32x4.mul
              local.get $51
              local.get $24
              f32x4.mul
              f32x4.add
              f32x4.add
              local.set $29
              local.get $50
              i32.const 16
              i32x4.shl
              i32.const 1040
              v128.load
              local.tee $51
              v128.and
              f32x4.convert_i32x4_s
              local.set $52
              local.get $23
              local.get $47
              i32.const 16
              i32x4.shl
              local.get $51
              v128.and
              f32x4.convert_i32x4_s
              local.tee $55
              local.get $49
              f32x4.mul
              local.get $52
              local.get $21
              f32x4.mul
              f32x4.add
              f32x4.add
              local.set $23
              local.get $26
              local.get $55
              local.get $48
              f32x4.mul
              local.get $52
              local.get $24
              f32x4.mul
              f32x4.add
              f32x4.add
              local.set $26
              local.get $25
              local.get $47
              i32.const 8
              i32x4.shl
              local.get $51
              v128.and
              f32x4.convert_i32x4_s
              local.tee $52
              local.get $49
              f32x4.mul
              local.get $50
              i32.const 8
              i32x4.shl
              local.get $51
              v128.and
              f32x4.convert_i32x4_s
              local.tee $55
              local.get $21
              f32x4.mul
              f32x4.add
              f32x4.add
              local.set $25
              local.get $27
              local.get $52
              local.get $48
              f32x4.mul
              local.get $55
              local.get $24
              f32x4.mul
              f32x4.add
              f32x4.add
              local.set $27
              local.get $15
              local.get $47
              local.get $51
              v128.and
              f32x4.convert_i32x4_s
              local.tee $47
              local.get $49
              f32x4.mul
              local.get $50
              local.get $51
              v128.and
              f32x4.convert_i32x4_s
              local.tee $49
              local.get $21
              f32x4.mul
              f32x4.add
              f32x4.add
              local.set $15
              local.get $28
              local.get $47
              local.get $48
              f32x4.mul
              local.get $49
              local.get $24
              f32x4.mul
              f32x4.add
              f32x4.add
              local.set $28
              local.get $11
              i32.const 32
              i32.add
              local.set $11
              local.get $13
              i32.const 2
              i32.add
              local.set $13
              br $for-loop|3
             end
            end
            loop $for-loop|4
             local.get $13
             local.get $43
             i32.lt_u
             if
              local.get $13
              i32.const 127
              i32.and
              i32.eqz
              if
               local.get $11
               i32.const 1024
               i32.add
               local.tee $38
               local.get $53
               local.get $38
               local.get $53
               i32.lt_u
               select
               i32.load
               drop
              end
              local.get $11
              v128.load
              local.tee $21
              i32.const 24
              i32x4.shl
              f32x4.convert_i32x4_s
              local.tee $24
              local.get $44
              local.get $13
              i32.const 2
              i32.shl
              local.tee $38
              i32.add
              v128.load32_splat
              local.tee $47
              f32x4.mul
              local.get $22
              f32x4.add
              local.set $22
              local.get $21
              i32.const 16
              i32x4.shl
              i32.const 1040
              v128.load
              local.tee $48
              v128.and
              f32x4.convert_i32x4_s
              local.tee $49
              local.get $47
              f32x4.mul
              local.get $23
              f32x4.add
              local.set $23
              local.get $21
              i32.const 8
              i32x4.shl
              local.get $48
              v128.and
              f32x4.convert_i32x4_s
              local.tee $50
              local.get $47
              f32x4.mul
              local.get $25
              f32x4.add
              local.set $25
              local.get $21
              local.get $48
              v128.and
              f32x4.convert_i32x4_s
              local.tee $21
              local.get $47
              f32x4.mul
              local.get $15
              f32x4.add
              local.set $15
              local.get $24
              local.get $38
              local.get $45
              i32.add
              v128.load32_splat
              local.tee $24
              f32x4.mul
              local.get $29
              f32x4.add
              local.set $29
              local.get $49
              local.get $24
              f32x4.mul
              local.get $26
              f32x4.add
              local.set $26
              local.get $50
              local.get $24
              f32x4.mul
              local.get $27
              f32x4.add
              local.set $27
              local.get $21
              local.get $24
              f32x4.mul
              local.get $28
              f32x4.add
              local.set $28
              local.get $11
              i32.const 16
              i32.add
              local.set $11
              local.get $13
              i32.const 1
              i32.add
              local.set $13
              br $for-loop|4
             end
            end
            local.get $22
            local.get $20
            f32x4.mul
            local.set $21
            local.get $46
            if
             block $kernels-as/assembly/simd/loadLanes|inlined.106 (result v128)
              local.get $41
              i32.const 4
              i32.ge_s
              if
               local.get $16
               v128.load
               br $kernels-as/assembly/simd/loadLanes|inlined.106
              end
              local.get $41
              i32.const 0
              i32.gt_s
              if (result v128)
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               local.get $16
               f32.load
               f32x4.replace_lane 0
              else
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              end
              local.set $22
              local.get $41
              i32.const 1
              i32.gt_s
              if
               local.get $22
               local.get $16
               f32.load offset=4
               f32x4.replace_lane 1
               local.set $22
              end
              local.get $41
              i32.const 2
              i32.gt_s
              if (result v128)
               local.get $22
               local.get $16
               f32.load offset=8
               f32x4.replace_lane 2
              else
               local.get $22
              end
             end
             local.get $21
             f32x4.add
             local.set $21
            end
            local.get $23
            local.get $30
            f32x4.mul
            local.set $22
            local.get $46
            if
             block $kernels-as/assembly/simd/loadLanes|inlined.107 (result v128)
              local.get $41
              i32.const 4
              i32.sub
              local.tee $11
              i32.const 4
              i32.ge_s
              if
               local.get $16
               v128.load offset=16
               br $kernels-as/assembly/simd/loadLanes|inlined.107
              end
              local.get $11
              i32.const 0
              i32.gt_s
              if (result v128)
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               local.get $16
               f32.load offset=16
               f32x4.replace_lane 0
              else
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              end
              local.set $23
              local.get $11
              i32.const 1
              i32.gt_s
              if
               local.get $23
               local.get $16
               f32.load offset=20
               f32x4.replace_lane 1
               local.set $23
              end
              local.get $11
              i32.const 2
              i32.gt_s
              if (result v128)
               local.get $23
               local.get $16
               f32.load offset=24
               f32x4.replace_lane 2
              else
               local.get $23
              end
             end
             local.get $22
             f32x4.add
             local.set $22
            end
            local.get $41
            i32.const 8
            i32.sub
            local.set $11
            local.get $25
            local.get $31
            f32x4.mul
            local.set $23
            local.get $46
            if
             block $kernels-as/assembly/simd/loadLanes|inlined.108 (result v128)
              local.get $11
              i32.const 4
              i32.ge_s
              if
               local.get $16
               v128.load offset=32
               br $kernels-as/assembly/simd/loadLanes|inlined.108
              end
              local.get $11
              i32.const 0
              i32.gt_s
              if (result v128)
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               local.get $16
               f32.load offset=32
               f32x4.replace_lane 0
              else
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              end
              local.set $24
              local.get $11
              i32.const 1
              i32.gt_s
              if
               local.get $24
               local.get $16
               f32.load offset=36
               f32x4.replace_lane 1
               local.set $24
              end
              local.get $11
              i32.const 2
              i32.gt_s
              if (result v128)
               local.get $24
               local.get $16
               f32.load offset=40
               f32x4.replace_lane 2
              else
               local.get $24
              end
             end
             local.get $23
             f32x4.add
             local.set $23
            end
            local.get $41
            i32.const 12
            i32.sub
            local.set $11
            local.get $15
            local.get $32
            f32x4.mul
            local.set $15
            local.get $46
            if
             block $kernels-as/assembly/simd/loadLanes|inlined.109 (result v128)
              local.get $11
              i32.const 4
              i32.ge_s
              if
               local.get $16
               v128.load offset=48
               br $kernels-as/assembly/simd/loadLanes|inlined.109
              end
              local.get $11
              i32.const 0
              i32.gt_s
              if (result v128)
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               local.get $16
               f32.load offset=48
               f32x4.replace_lane 0
              else
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              end
              local.set $24
              local.get $11
              i32.const 1
              i32.gt_s
              if
               local.get $24
               local.get $16
               f32.load offset=52
               f32x4.replace_lane 1
               local.set $24
              end
              local.get $11
              i32.const 2
              i32.gt_s
              if (result v128)
               local.get $24
               local.get $16
               f32.load offset=56
               f32x4.replace_lane 2
              else
               local.get $24
              end
             end
             local.get $15
             f32x4.add
             local.set $15
            end
            local.get $29
            local.get $20
            f32x4.mul
            local.set $20
            local.get $46
            if
             block $kernels-as/assembly/simd/loadLanes|inlined.110 (result v128)
              local.get $41
              i32.const 4
              i32.ge_s
              if
               local.get $17
               v128.load
               br $kernels-as/assembly/simd/loadLanes|inlined.110
              end
              local.get $41
              i32.const 0
              i32.gt_s
              if (result v128)
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               local.get $17
               f32.load
               f32x4.replace_lane 0
              else
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              end
              local.set $24
              local.get $41
              i32.const 1
              i32.gt_s
              if
               local.get $24
               local.get $17
               f32.load offset=4
               f32x4.replace_lane 1
               local.set $24
              end
              local.get $41
              i32.const 2
              i32.gt_s
              if (result v128)
               local.get $24
               local.get $17
               f32.load offset=8
               f32x4.replace_lane 2
              else
               local.get $24
              end
             end
             local.get $20
             f32x4.add
             local.set $20
            end
            local.get $26
            local.get $30
            f32x4.mul
            local.set $24
            local.get $46
            if
             block $kernels-as/assembly/simd/loadLanes|inlined.111 (result v128)
              local.get $41
              i32.const 4
              i32.sub
              local.tee $11
              i32.const 4
              i32.ge_s
              if
               local.get $17
               v128.load offset=16
               br $kernels-as/assembly/simd/loadLanes|inlined.111
              end
              local.get $11
              i32.const 0
              i32.gt_s
              if (result v128)
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               local.get $17
               f32.load offset=16
               f32x4.replace_lane 0
              else
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              end
              local.set $25
              local.get $11
              i32.const 1
              i32.gt_s
              if
               local.get $25
               local.get $17
               f32.load offset=20
               f32x4.replace_lane 1
               local.set $25
              end
              local.get $11
              i32.const 2
              i32.gt_s
              if (result v128)
               local.get $25
               local.get $17
               f32.load offset=24
               f32x4.replace_lane 2
              else
               local.get $25
              end
             end
             local.get $24
             f32x4.add
             local.set $24
            end
            local.get $27
            local.get $31
            f32x4.mul
            local.set $25
            local.get $46
            if
             block $kernels-as/assembly/simd/loadLanes|inlined.112 (result v128)
              local.get $41
              i32.const 8
              i32.sub
              local.tee $11
              i32.const 4
              i32.ge_s
              if
               local.get $17
               v128.load offset=32
               br $kernels-as/assembly/simd/loadLanes|inlined.112
              end
              local.get $11
              i32.const 0
              i32.gt_s
              if (result v128)
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               local.get $17
               f32.load offset=32
               f32x4.replace_lane 0
              else
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              end
              local.set $26
              local.get $11
              i32.const 1
              i32.gt_s
              if
               local.get $26
               local.get $17
               f32.load offset=36
               f32x4.replace_lane 1
               local.set $26
              end
              local.get $11
              i32.const 2
              i32.gt_s
              if (result v128)
               local.get $26
               local.get $17
               f32.load offset=40
               f32x4.replace_lane 2
              else
               local.get $26
              end
             end
             local.get $25
             f32x4.add
             local.set $25
            end
            local.get $28
            local.get $32
            f32x4.mul
            local.set $26
            local.get $46
            if
             block $kernels-as/assembly/simd/loadLanes|inlined.113 (result v128)
              local.get $41
              i32.const 12
              i32.sub
              local.tee $11
              i32.const 4
              i32.ge_s
              if
               local.get $17
               v128.load offset=48
               br $kernels-as/assembly/simd/loadLanes|inlined.113
              end
              local.get $11
              i32.const 0
              i32.gt_s
              if (result v128)
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               local.get $17
               f32.load offset=48
               f32x4.replace_lane 0
              else
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              end
              local.set $27
              local.get $11
              i32.const 1
              i32.gt_s
              if
               local.get $27
               local.get $17
               f32.load offset=52
               f32x4.replace_lane 1
               local.set $27
              end
              local.get $11
              i32.const 2
              i32.gt_s
              if (result v128)
               local.get $27
               local.get $17
               f32.load offset=56
               f32x4.replace_lane 2
              else
               local.get $27
              end
             end
             local.get $26
             f32x4.add
             local.set $26
            end
            block $kernels-as/assembly/simd/storeLanes|inlined.82
             local.get $41
             i32.const 4
             i32.ge_s
             if
              local.get $16
              local.get $21
              v128.store
              br $kernels-as/assembly/simd/storeLanes|inlined.82
             end
             local.get $41
             i32.const 0
             i32.gt_s
             if
              local.get $16
              local.get $21
              f32x4.extract_lane 0
              f32.store
             end
             local.get $41
             i32.const 1
             i32.gt_s
             if
              local.get $16
              local.get $21
              f32x4.extract_lane 1
              f32.store offset=4
             end
             local.get $41
             i32.const 2
             i32.gt_s
             if
              local.get $16
              local.get $21
              f32x4.extract_lane 2
              f32.store offset=8
             end
            end
            block $kernels-as/assembly/simd/storeLanes|inlined.83
             local.get $41
             i32.const 4
             i32.sub
             local.tee $11
             i32.const 4
             i32.ge_s
             if
              local.get $16
              local.get $22
              v128.store offset=16
              br $kernels-as/assembly/simd/storeLanes|inlined.83
             end
             local.get $11
             i32.const 0
             i32.gt_s
             if
              local.get $16
              local.get $22
              f32x4.extract_lane 0
              f32.store offset=16
             end
             local.get $11
             i32.const 1
             i32.gt_s
             if
              local.get $16
              local.get $22
              f32x4.extract_lane 1
              f32.store offset=20
             end
             local.get $11
             i32.const 2
             i32.gt_s
             if
              local.get $16
              local.get $22
              f32x4.extract_lane 2
              f32.store offset=24
             end
            end
            block $kernels-as/assembly/simd/storeLanes|inlined.84
             local.get $41
             i32.const 8
             i32.sub
             local.tee $11
             i32.const 4
             i32.ge_s
             if
              local.get $16
              local.get $23
              v128.store offset=32
              br $kernels-as/assembly/simd/storeLanes|inlined.84
             end
             local.get $11
             i32.const 0
             i32.gt_s
             if
              local.get $16
              local.get $23
              f32x4.extract_lane 0
              f32.store offset=32
             end
             local.get $11
             i32.const 1
             i32.gt_s
             if
              local.get $16
              local.get $23
              f32x4.extract_lane 1
              f32.store offset=36
             end
             local.get $11
             i32.const 2
             i32.gt_s
             if
              local.get $16
              local.get $23
              f32x4.extract_lane 2
              f32.store offset=40
             end
            end
            block $kernels-as/assembly/simd/storeLanes|inlined.85
             local.get $41
             i32.const 12
             i32.sub
             local.tee $11
             i32.const 4
             i32.ge_s
             if
              local.get $16
              local.get $15
              v128.store offset=48
              br $kernels-as/assembly/simd/storeLanes|inlined.85
             end
             local.get $11
             i32.const 0
             i32.gt_s
             if
              local.get $16
              local.get $15
              f32x4.extract_lane 0
              f32.store offset=48
             end
             local.get $11
             i32.const 1
             i32.gt_s
             if
              local.get $16
              local.get $15
              f32x4.extract_lane 1
              f32.store offset=52
             end
             local.get $11
             i32.const 2
             i32.gt_s
             if
              local.get $16
              local.get $15
              f32x4.extract_lane 2
              f32.store offset=56
             end
            end
            block $kernels-as/assembly/simd/storeLanes|inlined.86
             local.get $41
             i32.const 4
             i32.ge_s
             if
              local.get $17
              local.get $20
              v128.store
              br $kernels-as/assembly/simd/storeLanes|inlined.86
             end
             local.get $41
             i32.const 0
             i32.gt_s
             if
              local.get $17
              local.get $20
              f32x4.extract_lane 0
              f32.store
             end
             local.get $41
             i32.const 1
             i32.gt_s
             if
              local.get $17
              local.get $20
              f32x4.extract_lane 1
              f32.store offset=4
             end
             local.get $41
             i32.const 2
             i32.gt_s
             if
              local.get $17
              local.get $20
              f32x4.extract_lane 2
              f32.store offset=8
             end
            end
            block $kernels-as/assembly/simd/storeLanes|inlined.87
             local.get $41
             i32.const 4
             i32.sub
             local.tee $11
             i32.const 4
             i32.ge_s
             if
              local.get $17
              local.get $24
              v128.store offset=16
              br $kernels-as/assembly/simd/storeLanes|inlined.87
             end
             local.get $11
             i32.const 0
             i32.gt_s
             if
              local.get $17
              local.get $24
              f32x4.extract_lane 0
              f32.store offset=16
             end
             local.get $11
             i32.const 1
             i32.gt_s
             if
              local.get $17
              local.get $24
              f32x4.extract_lane 1
              f32.store offset=20
             end
             local.get $11
             i32.const 2
             i32.gt_s
             if
              local.get $17
              local.get $24
              f32x4.extract_lane 2
              f32.store offset=24
             end
            end
            block $kernels-as/assembly/simd/storeLanes|inlined.88
             local.get $41
             i32.const 8
             i32.sub
             local.tee $11
             i32.const 4
             i32.ge_s
             if
              local.get $17
              local.get $25
              v128.store offset=32
              br $kernels-as/assembly/simd/storeLanes|inlined.88
             end
             local.get $11
             i32.const 0
             i32.gt_s
             if
              local.get $17
              local.get $25
              f32x4.extract_lane 0
              f32.store offset=32
             end
             local.get $11
             i32.const 1
             i32.gt_s
             if
              local.get $17
              local.get $25
              f32x4.extract_lane 1
              f32.store offset=36
             end
             local.get $11
             i32.const 2
             i32.gt_s
             if
              local.get $17
              local.get $25
              f32x4.extract_lane 2
              f32.store offset=40
             end
            end
            block $kernels-as/assembly/simd/storeLanes|inlined.89
             local.get $41
             i32.const 12
             i32.sub
             local.tee $11
             i32.const 4
             i32.ge_s
             if
              local.get $17
              local.get $26
              v128.store offset=48
              br $kernels-as/assembly/simd/storeLanes|inlined.89
             end
             local.get $11
             i32.const 0
             i32.gt_s
             if
              local.get $17
              local.get $26
              f32x4.extract_lane 0
              f32.store offset=48
             end
             local.get $11
             i32.const 1
             i32.gt_s
             if
              local.get $17
              local.get $26
              f32x4.extract_lane 1
              f32.store offset=52
             end
             local.get $11
             i32.const 2
             i32.gt_s
             if
              local.get $17
              local.get $26
              f32x4.extract_lane 2
              f32.store offset=56
             end
            end
           else
            local.get $15
            local.set $20
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $22
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $23
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $25
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $15
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $29
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $26
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $27
            local.get $38
            local.get $42
            i32.gt_s
            if (result v128)
             block $kernels-as/assembly/simd/loadLanes|inlined.114 (result v128)
              local.get $41
              i32.const 4
              i32.ge_s
              if
               local.get $16
               v128.load
               br $kernels-as/assembly/simd/loadLanes|inlined.114
              end
              local.get $41
              i32.const 0
              i32.gt_s
              if (result v128)
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               local.get $16
               f32.load
               f32x4.replace_lane 0
              else
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              end
              local.set $15
              local.get $41
              i32.const 1
              i32.gt_s
              if
               local.get $15
               local.get $16
               f32.load offset=4
               f32x4.replace_lane 1
               local.set $15
              end
              local.get $41
              i32.const 2
              i32.gt_s
              if (result v128)
               local.get $15
               local.get $16
               f32.load offset=8
               f32x4.replace_lane 2
              else
               local.get $15
              end
             end
             local.set $22
             block $kernels-as/assembly/simd/loadLanes|inlined.115 (result v128)
              local.get $41
              i32.const 4
              i32.sub
              local.tee $11
              i32.const 4
              i32.ge_s
              if
               local.get $16
               v128.load offset=16
               br $kernels-as/assembly/simd/loadLanes|inlined.115
              end
              local.get $11
              i32.const 0
              i32.gt_s
              if (result v128)
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               local.get $16
               f32.load offset=16
               f32x4.replace_lane 0
              else
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              end
              local.set $15
              local.get $11
              i32.const 1
              i32.gt_s
              if
               local.get $15
               local.get $16
               f32.load offset=20
               f32x4.replace_lane 1
               local.set $15
              end
              local.get $11
              i32.const 2
              i32.gt_s
              if (result v128)
               local.get $15
               local.get $16
               f32.load offset=24
               f32x4.replace_lane 2
              else
               local.get $15
              end
             end
             local.set $23
             block $kernels-as/assembly/simd/loadLanes|inlined.116 (result v128)
              local.get $41
              i32.const 8
              i32.sub
              local.tee $11
              i32.const 4
              i32.ge_s
              if
               local.get $16
               v128.load offset=32
               br $kernels-as/assembly/simd/loadLanes|inlined.116
              end
              local.get $11
              i32.const 0
              i32.gt_s
              if (result v128)
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               local.get $16
               f32.load offset=32
               f32x4.replace_lane 0
              else
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              end
              local.set $15
              local.get $11
              i32.const 1
              i32.gt_s
              if
               local.get $15
               local.get $16
               f32.load offset=36
               f32x4.replace_lane 1
               local.set $15
              end
              local.get $11
              i32.const 2
              i32.gt_s
              if (result v128)
               local.get $15
               local.get $16
               f32.load offset=40
               f32x4.replace_lane 2
              else
               local.get $15
              end
             end
             local.set $25
             block $kernels-as/assembly/simd/loadLanes|inlined.117 (result v128)
              local.get $41
              i32.const 12
              i32.sub
              local.tee $11
              i32.const 4
              i32.ge_s
              if
               local.get $16
               v128.load offset=48
               br $kernels-as/assembly/simd/loadLanes|inlined.117
              end
              local.get $11
              i32.const 0
              i32.gt_s
              if (result v128)
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               local.get $16
               f32.load offset=48
               f32x4.replace_lane 0
              else
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              end
              local.set $15
              local.get $11
              i32.const 1
              i32.gt_s
              if
               local.get $15
               local.get $16
               f32.load offset=52
               f32x4.replace_lane 1
               local.set $15
              end
              local.get $11
              i32.const 2
              i32.gt_s
              if (result v128)
               local.get $15
               local.get $16
               f32.load offset=56
               f32x4.replace_lane 2
              else
               local.get $15
              end
             end
             local.set $15
             block $kernels-as/assembly/simd/loadLanes|inlined.118 (result v128)
              local.get $41
              i32.const 4
              i32.ge_s
              if
               local.get $17
               v128.load
               br $kernels-as/assembly/simd/loadLanes|inlined.118
              end
              local.get $41
              i32.const 0
              i32.gt_s
              if (result v128)
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               local.get $17
               f32.load
               f32x4.replace_lane 0
              else
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              end
              local.set $21
              local.get $41
              i32.const 1
              i32.gt_s
              if
               local.get $21
               local.get $17
               f32.load offset=4
               f32x4.replace_lane 1
               local.set $21
              end
              local.get $41
              i32.const 2
              i32.gt_s
              if (result v128)
               local.get $21
               local.get $17
               f32.load offset=8
               f32x4.replace_lane 2
              else
               local.get $21
              end
             end
             local.set $29
             block $kernels-as/assembly/simd/loadLanes|inlined.119 (result v128)
              local.get $41
              i32.const 4
              i32.sub
              local.tee $11
              i32.const 4
              i32.ge_s
              if
               local.get $17
               v128.load offset=16
               br $kernels-as/assembly/simd/loadLanes|inlined.119
              end
              local.get $11
              i32.const 0
              i32.gt_s
              if (result v128)
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               local.get $17
               f32.load offset=16
               f32x4.replace_lane 0
              else
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              end
              local.set $21
              local.get $11
              i32.const 1
              i32.gt_s
              if
               local.get $21
               local.get $17
               f32.load offset=20
               f32x4.replace_lane 1
               local.set $21
              end
              local.get $11
              i32.const 2
              i32.gt_s
              if (result v128)
               local.get $21
               local.get $17
               f32.load offset=24
               f32x4.replace_lane 2
              else
               local.get $21
              end
             end
             local.set $26
             block $kernels-as/assembly/simd/loadLanes|inlined.120 (result v128)
              local.get $41
              i32.const 8
              i32.sub
              local.tee $11
              i32.const 4
              i32.ge_s
              if
               local.get $17
               v128.load offset=32
               br $kernels-as/assembly/simd/loadLanes|inlined.120
              end
              local.get $11
              i32.const 0
              i32.gt_s
              if (result v128)
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               local.get $17
               f32.load offset=32
               f32x4.replace_lane 0
              else
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              end
              local.set $21
              local.get $11
              i32.const 1
              i32.gt_s
              if
               local.get $21
               local.get $17
               f32.load offset=36
               f32x4.replace_lane 1
               local.set $21
              end
              local.get $11
              i32.const 2
              i32.gt_s
              if (result v128)
               local.get $21
               local.get $17
               f32.load offset=40
               f32x4.replace_lane 2
              else
               local.get $21
              end
             end
             local.set $27
             block $kernels-as/assembly/simd/loadLanes|inlined.121 (result v128)
              local.get $41
              i32.const 12
              i32.sub
              local.tee $11
              i32.const 4
              i32.ge_s
              if
               local.get $17
               v128.load offset=48
               br $kernels-as/assembly/simd/loadLanes|inlined.121
              end
              local.get $11
              i32.const 0
              i32.gt_s
              if (result v128)
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               local.get $17
               f32.load offset=48
               f32x4.replace_lane 0
              else
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              end
              local.set $21
              local.get $11
              i32.const 1
              i32.gt_s
              if
               local.get $21
               local.get $17
               f32.load offset=52
               f32x4.replace_lane 1
               local.set $21
              end
              local.get $11
              i32.const 2
              i32.gt_s
              if (result v128)
               local.get $21
               local.get $17
               f32.load offset=56
               f32x4.replace_lane 2
              else
               local.get $21
              end
             end
            else
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            end
            local.set $28
            local.get $13
            local.get $43
            local.get $38
            i32.sub
            local.tee $38
            i32.const 4
            i32.shl
            i32.add
            i32.const 4
            i32.sub
            local.set $43
            i32.const 0
            local.set $11
            loop $for-loop|6
             local.get $11
             local.get $38
             i32.lt_u
             if
              local.get $11
              i32.const 127
              i32.and
              i32.eqz
              if
               local.get $13
               i32.const 1024
               i32.add
               local.tee $46
               local.get $43
               local.get $43
               local.get $46
               i32.gt_u
               select
               i32.load
               drop
              end
              local.get $13
              v128.load
              local.tee $21
              i32.const 24
              i32x4.shl
              i32.const 24
              i32x4.shr_s
              f32x4.convert_i32x4_s
              local.get $20
              f32x4.mul
              local.tee $24
              local.get $44
              local.get $11
              i32.const 2
              i32.shl
              local.tee $46
              i32.add
              v128.load32_splat
              local.tee $47
              f32x4.mul
              local.get $22
              f32x4.add
              local.set $22
              local.get $21
              i32.const 16
              i32x4.shl
              i32.const 24
              i32x4.shr_s
              f32x4.convert_i32x4_s
              local.get $30
              f32x4.mul
              local.tee $48
              local.get $47
              f32x4.mul
              local.get $23
              f32x4.add
              local.set $23
              local.get $21
              i32.const 8
              i32x4.shl
              i32.const 24
              i32x4.shr_s
              f32x4.convert_i32x4_s
              local.get $31
              f32x4.mul
              local.tee $49
              local.get $47
              f32x4.mul
              local.get $25
              f32x4.add
              local.set $25
              local.get $21
              i32.const 24
              i32x4.shr_s
              f32x4.convert_i32x4_s
              local.get $32
              f32x4.mul
              local.tee $21
              local.get $47
              f32x4.mul
              local.get $15
              f32x4.add
              local.set $15
              local.get $24
              local.get $45
              local.get $46
              i32.add
              v128.load32_splat
              local.tee $24
              f32x4.mul
              local.get $29
              f32x4.add
              local.set $29
              local.get $48
              local.get $24
              f32x4.mul
              local.get $26
              f32x4.add
              local.set $26
              local.get $49
              local.get $24
              f32x4.mul
              local.get $27
              f32x4.add
              local.set $27
              local.get $21
              local.get $24
              f32x4.mul
              local.get $28
              f32x4.add
              local.set $28
              local.get $13
              i32.const 16
              i32.add
              local.set $13
              local.get $11
              i32.const 1
              i32.add
              local.set $11
              br $for-loop|6
             end
            end
            block $kernels-as/assembly/simd/storeLanes|inlined.90
             local.get $41
             i32.const 4
             i32.ge_s
             if
              local.get $16
              local.get $22
              v128.store
              br $kernels-as/assembly/simd/storeLanes|inlined.90
             end
             local.get $41
             i32.const 0
             i32.gt_s
             if
              local.get $16
              local.get $22
              f32x4.extract_lane 0
              f32.store
             end
             local.get $41
             i32.const 1
             i32.gt_s
             if
              local.get $16
              local.get $22
              f32x4.extract_lane 1
              f32.store offset=4
             end
             local.get $41
             i32.const 2
             i32.gt_s
             if
              local.get $16
              local.get $22
              f32x4.extract_lane 2
              f32.store offset=8
             end
            end
            block $kernels-as/assembly/simd/storeLanes|inlined.91
             local.get $41
             i32.const 4
             i32.sub
             local.tee $11
             i32.const 4
             i32.ge_s
             if
              local.get $16
              local.get $23
              v128.store offset=16
              br $kernels-as/assembly/simd/storeLanes|inlined.91
             end
             local.get $11
             i32.const 0
             i32.gt_s
             if
              local.get $16
              local.get $23
              f32x4.extract_lane 0
              f32.store offset=16
             end
             local.get $11
             i32.const 1
             i32.gt_s
             if
              local.get $16
              local.get $23
              f32x4.extract_lane 1
              f32.store offset=20
             end
             local.get $11
             i32.const 2
             i32.gt_s
             if
              local.get $16
              local.get $23
              f32x4.extract_lane 2
              f32.store offset=24
             end
            end
            block $kernels-as/assembly/simd/storeLanes|inlined.92
             local.get $41
             i32.const 8
             i32.sub
             local.tee $11
             i32.const 4
             i32.ge_s
             if
              local.get $16
              local.get $25
              v128.store offset=32
              br $kernels-as/assembly/simd/storeLanes|inlined.92
             end
             local.get $11
             i32.const 0
             i32.gt_s
             if
              local.get $16
              local.get $25
              f32x4.extract_lane 0
              f32.store offset=32
             end
             local.get $11
             i32.const 1
             i32.gt_s
             if
              local.get $16
              local.get $25
              f32x4.extract_lane 1
              f32.store offset=36
             end
             local.get $11
             i32.const 2
             i32.gt_s
             if
              local.get $16
              local.get $25
              f32x4.extract_lane 2
              f32.store offset=40
             end
            end
            block $kernels-as/assembly/simd/storeLanes|inlined.93
             local.get $41
             i32.const 12
             i32.sub
             local.tee $11
             i32.const 4
             i32.ge_s
             if
              local.get $16
              local.get $15
              v128.store offset=48
              br $kernels-as/assembly/simd/storeLanes|inlined.93
             end
             local.get $11
             i32.const 0
             i32.gt_s
             if
              local.get $16
              local.get $15
              f32x4.extract_lane 0
              f32.store offset=48
             end
             local.get $11
             i32.const 1
             i32.gt_s
             if
              local.get $16
              local.get $15
              f32x4.extract_lane 1
              f32.store offset=52
             end
             local.get $11
             i32.const 2
             i32.gt_s
             if
              local.get $16
              local.get $15
              f32x4.extract_lane 2
              f32.store offset=56
             end
            end
            block $kernels-as/assembly/simd/storeLanes|inlined.94
             local.get $41
             i32.const 4
             i32.ge_s
             if
              local.get $17
              local.get $29
              v128.store
              br $kernels-as/assembly/simd/storeLanes|inlined.94
             end
             local.get $41
             i32.const 0
             i32.gt_s
             if
              local.get $17
              local.get $29
              f32x4.extract_lane 0
              f32.store
             end
             local.get $41
             i32.const 1
             i32.gt_s
             if
              local.get $17
              local.get $29
              f32x4.extract_lane 1
              f32.store offset=4
             end
             local.get $41
             i32.const 2
             i32.gt_s
             if
              local.get $17
              local.get $29
              f32x4.extract_lane 2
              f32.store offset=8
             end
            end
            block $kernels-as/assembly/simd/storeLanes|inlined.95
             local.get $41
             i32.const 4
             i32.sub
             local.tee $11
             i32.const 4
             i32.ge_s
             if
              local.get $17
              local.get $26
              v128.store offset=16
              br $kernels-as/assembly/simd/storeLanes|inlined.95
             end
             local.get $11
             i32.const 0
             i32.gt_s
             if
              local.get $17
              local.get $26
              f32x4.extract_lane 0
              f32.store offset=16
             end
             local.get $11
             i32.const 1
             i32.gt_s
             if
              local.get $17
              local.get $26
              f32x4.extract_lane 1
              f32.store offset=20
             end
             local.get $11
             i32.const 2
             i32.gt_s
             if
              local.get $17
              local.get $26
              f32x4.extract_lane 2
              f32.store offset=24
             end
            end
            block $kernels-as/assembly/simd/storeLanes|inlined.96
             local.get $41
             i32.const 8
             i32.sub
             local.tee $11
             i32.const 4
             i32.ge_s
             if
              local.get $17
              local.get $27
              v128.store offset=32
              br $kernels-as/assembly/simd/storeLanes|inlined.96
             end
             local.get $11
             i32.const 0
             i32.gt_s
             if
              local.get $17
              local.get $27
              f32x4.extract_lane 0
              f32.store offset=32
             end
             local.get $11
             i32.const 1
             i32.gt_s
             if
              local.get $17
              local.get $27
              f32x4.extract_lane 1
              f32.store offset=36
             end
             local.get $11
             i32.const 2
             i32.gt_s
             if
              local.get $17
              local.get $27
              f32x4.extract_lane 2
              f32.store offset=40
             end
            end
            block $kernels-as/assembly/simd/storeLanes|inlined.97
             local.get $41
             i32.const 12
             i32.sub
             local.tee $11
             i32.const 4
             i32.ge_s
             if
              local.get $17
              local.get $28
              v128.store offset=48
              br $kernels-as/assembly/simd/storeLanes|inlined.97
             end
             local.get $11
             i32.const 0
             i32.gt_s
             if
              local.get $17
              local.get $28
              f32x4.extract_lane 0
              f32.store offset=48
             end
             local.get $11
             i32.const 1
             i32.gt_s
             if
              local.get $17
              local.get $28
              f32x4.extract_lane 1
              f32.store offset=52
             end
             local.get $11
             i32.const 2
             i32.gt_s
             if
              local.get $17
              local.get $28
              f32x4.extract_lane 2
              f32.store offset=56
             end
            end
           end
          end
          local.get $14
          i32.const 1
          i32.add
          local.set $14
          br $for-loop|2
         end
        end
       else
        i32.const 16
        local.get $3
        local.get $19
        i32.const 4
        i32.shl
        local.tee $11
        i32.sub
        local.tee $13
        local.get $13
        i32.const 16
        i32.gt_s
        select
        local.set $17
        local.get $10
        local.get $3
        local.get $33
        i32.mul
        local.get $11
        i32.add
        i32.const 2
        i32.shl
        i32.add
        local.set $16
        local.get $6
        i32.const 1
        i32.sub
        i64.extend_i32_s
        local.get $7
        i64.extend_i32_s
        local.get $2
        i64.extend_i32_s
        i64.mul
        i64.add
        local.get $6
        i64.extend_i32_s
        i64.div_u
        i32.wrap_i64
        local.set $38
        local.get $7
        local.set $14
        loop $for-loop|9
         local.get $8
         local.get $14
         i32.gt_s
         if
          local.get $6
          i32.const 1
          i32.sub
          i64.extend_i32_s
          local.tee $34
          local.get $2
          i64.extend_i32_s
          local.tee $39
          local.get $14
          i64.extend_i32_s
          i64.mul
          i64.add
          local.get $6
          i64.extend_i32_s
          local.tee $40
          i64.div_u
          i32.wrap_i64
          local.tee $41
          local.get $34
          local.get $14
          i32.const 1
          i32.add
          i64.extend_i32_s
          local.get $39
          i64.mul
          i64.add
          local.get $40
          i64.div_u
          i32.wrap_i64
          local.tee $42
          i32.ne
          if
           local.get $35
           local.get $41
           i32.const 4
           i32.shl
           i32.add
           local.set $13
           local.get $5
           local.get $14
           local.get $3
           i32.const 15
           i32.add
           i32.const 16
           i32.div_s
           i32.const 4
           i32.shl
           i32.mul
           local.get $19
           i32.const 4
           i32.shl
           i32.add
           i32.const 2
           i32.shl
           i32.add
           local.tee $11
           v128.load
           local.tee $15
           f32x4.abs
           local.set $20
           local.get $11
           v128.load offset=16
           local.tee $30
           f32x4.abs
           local.set $21
           local.get $11
           v128.load offset=32
           local.tee $31
           f32x4.abs
           local.set $22
           local.get $11
           v128.load offset=48
           local.tee $32
           f32x4.abs
           local.set $23
           local.get $15
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           f32x4.eq
           local.get $20
           v128.const i32x4 0x1f800000 0x1f800000 0x1f800000 0x1f800000
           f32x4.ge
           local.get $20
           v128.const i32x4 0x5f800000 0x5f800000 0x5f800000 0x5f800000
           f32x4.le
           v128.and
           v128.or
           local.get $30
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           f32x4.eq
           local.get $21
           v128.const i32x4 0x1f800000 0x1f800000 0x1f800000 0x1f800000
           f32x4.ge
           local.get $21
           v128.const i32x4 0x5f800000 0x5f800000 0x5f800000 0x5f800000
           f32x4.le
           v128.and
           v128.or
           v128.and
           local.get $31
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           f32x4.eq
           local.get $22
           v128.const i32x4 0x1f800000 0x1f800000 0x1f800000 0x1f800000
           f32x4.ge
           local.get $22
           v128.const i32x4 0x5f800000 0x5f800000 0x5f800000 0x5f800000
           f32x4.le
           v128.and
           v128.or
           local.get $32
           v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
           f32x4.eq
           local.get $23
           v128.const i32x4 0x1f800000 0x1f800000 0x1f800000 0x1f800000
           f32x4.ge
           local.get $23
           v128.const i32x4 0x5f800000 0x5f800000 0x5f800000 0x5f800000
           f32x4.le
           v128.and
           v128.or
           v128.and
           v128.and
           i32x4.all_true
           local.tee $11
           if
            local.get $18
            local.set $11
           end
           local.get $11
           if (result v128)
            local.get $31
            v128.const i32x4 0x33800000 0x33800000 0x33800000 0x33800000
            f32x4.mul
            local.set $31
            local.get $32
            v128.const i32x4 0x33800000 0x33800000 0x33800000 0x33800000
            f32x4.mul
            local.set $32
            local.get $30
            v128.const i32x4 0x33800000 0x33800000 0x33800000 0x33800000
            f32x4.mul
            local.set $30
            local.get $15
            v128.const i32x4 0x33800000 0x33800000 0x33800000 0x33800000
            f32x4.mul
           else
            local.get $15
           end
           local.set $20
           local.get $0
           local.get $2
           local.get $33
           i32.mul
           local.get $41
           i32.add
           i32.const 2
           i32.shl
           i32.add
           local.set $43
           local.get $11
           if
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $21
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $27
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $25
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $15
            local.get $13
            local.tee $11
            local.get $42
            local.get $41
            i32.sub
            local.tee $42
            i32.const 4
            i32.shl
            i32.add
            i32.const 4
            i32.sub
            local.set $44
            i32.const 0
            local.set $13
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $29
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $22
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $28
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $24
            loop $for-loop|14
             local.get $13
             i32.const 2
             i32.add
             local.get $42
             i32.le_u
             if
              local.get $13
              i32.const 127
              i32.and
              i32.eqz
              if
               local.get $11
               i32.const 1024
               i32.add
               local.tee $45
               local.get $44
               local.get $44
               local.get $45
               i32.gt_u
               select
               i32.load
               drop
              end
              local.get $11
              v128.load
              local.tee $23
              i32.const 24
              i32x4.shl
              f32x4.convert_i32x4_s
              local.get $43
              local.get $13
              i32.const 2
              i32.shl
              i32.add
              local.tee $45
              v128.load32_splat
              local.tee $26
              f32x4.mul
              local.get $21
              f32x4.add
              local.set $21
              local.get $11
              v128.load offset=16
              local.tee $47
              i32.const 24
              i32x4.shl
              f32x4.convert_i32x4_s
              local.get $45
              v128.load32_splat offset=4
              local.tee $48
              f32x4.mul
              local.get $29
              f32x4.add
              local.set $29
              local.get $23
              i32.const 16
              i32x4.shl
              i32.const 1040
              v128.load
              local.tee $49
              v128.and
              f32x4.convert_i32x4_s
              local.get $26
              f32x4.mul
              local.get $27
              f32x4.add
              local.set $27
              local.get $47
              i32.const 16
              i32x4.shl
              local.get $49
              v128.and
              f32x4.convert_i32x4_s
              local.get $48
              f32x4.mul
              local.get $22
              f32x4.add
              local.set $22
              local.get $23
              i32.const 8
              i32x4.shl
              local.get $49
              v128.and
              f32x4.convert_i32x4_s
              local.get $26
              f32x4.mul
              local.get $25
              f32x4.add
              local.set $25
              local.get $47
              i32.const 8
              i32x4.shl
              local.get $49
              v128.and
              f32x4.convert_i32x4_s
              local.get $48
              f32x4.mul
              local.get $28
              f32x4.add
              local.set $28
              local.get $23
              local.get $49
              v128.and
              f32x4.convert_i32x4_s
              local.get $26
              f32x4.mul
              local.get $15
              f32x4.add
              local.set $15
              local.get $47
              local.get $49
              v128.and
              f32x4.convert_i32x4_s
              local.get $48
              f32x4.mul
              local.get $24
              f32x4.add
              local.set $24
              local.get $11
              i32.const 32
              i32.add
              local.set $11
              local.get $13
              i32.const 2
              i32.add
              local.set $13
              br $for-loop|14
             end
            end
            local.get $13
            local.get $42
            i32.lt_u
            if
             local.get $11
             v128.load
             local.tee $23
             i32.const 24
             i32x4.shl
             f32x4.convert_i32x4_s
             local.get $43
             local.get $13
             i32.const 2
             i32.shl
             i32.add
             v128.load32_splat
             local.tee $26
             f32x4.mul
             local.get $21
             f32x4.add
             local.set $21
             local.get $23
             i32.const 16
             i32x4.shl
             i32.const 1040
             v128.load
             local.tee $47
             v128.and
             f32x4.convert_i32x4_s
             local.get $26
             f32x4.mul
             local.get $27
             f32x4.add
             local.set $27
             local.get $23
             i32.const 8
             i32x4.shl
             local.get $47
             v128.and
             f32x4.convert_i32x4_s
             local.get $26
             f32x4.mul
             local.get $25
             f32x4.add
             local.set $25
             local.get $23
             local.get $47
             v128.and
             f32x4.convert_i32x4_s
             local.get $26
             f32x4.mul
             local.get $15
             f32x4.add
             local.set $15
            end
            local.get $21
            local.get $29
            f32x4.add
            local.get $20
            f32x4.mul
            local.set $20
            local.get $38
            local.get $41
            i32.lt_s
            local.tee $11
            if
             block $kernels-as/assembly/simd/loadLanes|inlined.182 (result v128)
              local.get $17
              i32.const 4
              i32.ge_s
              if
               local.get $16
               v128.load
               br $kernels-as/assembly/simd/loadLanes|inlined.182
              end
              local.get $17
              i32.const 0
              i32.gt_s
              if (result v128)
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               local.get $16
               f32.load
               f32x4.replace_lane 0
              else
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              end
              local.set $21
              local.get $17
              i32.const 1
              i32.gt_s
              if
               local.get $21
               local.get $16
               f32.load offset=4
               f32x4.replace_lane 1
               local.set $21
              end
              local.get $17
              i32.const 2
              i32.gt_s
              if (result v128)
               local.get $21
               local.get $16
               f32.load offset=8
               f32x4.replace_lane 2
              else
               local.get $21
              end
             end
             local.get $20
             f32x4.add
             local.set $20
            end
            local.get $27
            local.get $22
            f32x4.add
            local.get $30
            f32x4.mul
            local.set $21
            local.get $11
            if
             block $kernels-as/assembly/simd/loadLanes|inlined.183 (result v128)
              local.get $17
              i32.const 4
              i32.sub
              local.tee $13
              i32.const 4
              i32.ge_s
              if
               local.get $16
               v128.load offset=16
               br $kernels-as/assembly/simd/loadLanes|inlined.183
              end
              local.get $13
              i32.const 0
              i32.gt_s
              if (result v128)
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               local.get $16
               f32.load offset=16
               f32x4.replace_lane 0
              else
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              end
              local.set $22
              local.get $13
              i32.const 1
              i32.gt_s
              if
               local.get $22
               local.get $16
               f32.load offset=20
               f32x4.replace_lane 1
               local.set $22
              end
              local.get $13
              i32.const 2
              i32.gt_s
              if (result v128)
               local.get $22
               local.get $16
               f32.load offset=24
               f32x4.replace_lane 2
              else
               local.get $22
              end
             end
             local.get $21
             f32x4.add
             local.set $21
            end
            local.get $25
            local.get $28
            f32x4.add
            local.get $31
            f32x4.mul
            local.set $22
            local.get $11
            if
             block $kernels-as/assembly/simd/loadLanes|inlined.184 (result v128)
              local.get $17
              i32.const 8
              i32.sub
              local.tee $13
              i32.const 4
              i32.ge_s
              if
               local.get $16
               v128.load offset=32
               br $kernels-as/assembly/simd/loadLanes|inlined.184
              end
              local.get $13
              i32.const 0
              i32.gt_s
              if (result v128)
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               local.get $16
               f32.load offset=32
               f32x4.replace_lane 0
              else
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              end
              local.set $23
              local.get $13
              i32.const 1
              i32.gt_s
              if
               local.get $23
               local.get $16
               f32.load offset=36
               f32x4.replace_lane 1
               local.set $23
              end
              local.get $13
              i32.const 2
              i32.gt_s
              if (result v128)
               local.get $23
               local.get $16
               f32.load offset=40
               f32x4.replace_lane 2
              else
               local.get $23
              end
             end
             local.get $22
             f32x4.add
             local.set $22
            end
            local.get $15
            local.get $24
            f32x4.add
            local.get $32
            f32x4.mul
            local.set $15
            local.get $11
            if
             block $kernels-as/assembly/simd/loadLanes|inlined.185 (result v128)
              local.get $17
              i32.const 12
              i32.sub
              local.tee $11
              i32.const 4
              i32.ge_s
              if
               local.get $16
               v128.load offset=48
               br $kernels-as/assembly/simd/loadLanes|inlined.185
              end
              local.get $11
              i32.const 0
              i32.gt_s
              if (result v128)
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               local.get $16
               f32.load offset=48
               f32x4.replace_lane 0
              else
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              end
              local.set $23
              local.get $11
              i32.const 1
              i32.gt_s
              if
               local.get $23
               local.get $16
               f32.load offset=52
               f32x4.replace_lane 1
               local.set $23
              end
              local.get $11
              i32.const 2
              i32.gt_s
              if (result v128)
               local.get $23
               local.get $16
               f32.load offset=56
               f32x4.replace_lane 2
              else
               local.get $23
              end
             end
             local.get $15
             f32x4.add
             local.set $15
            end
            block $kernels-as/assembly/simd/storeLanes|inlined.122
             local.get $17
             i32.const 4
             i32.ge_s
             if
              local.get $16
              local.get $20
              v128.store
              br $kernels-as/assembly/simd/storeLanes|inlined.122
             end
             local.get $17
             i32.const 0
             i32.gt_s
             if
              local.get $16
              local.get $20
              f32x4.extract_lane 0
              f32.store
             end
             local.get $17
             i32.const 1
             i32.gt_s
             if
              local.get $16
              local.get $20
              f32x4.extract_lane 1
              f32.store offset=4
             end
             local.get $17
             i32.const 2
             i32.gt_s
             if
              local.get $16
              local.get $20
              f32x4.extract_lane 2
              f32.store offset=8
             end
            end
            block $kernels-as/assembly/simd/storeLanes|inlined.123
             local.get $17
             i32.const 4
             i32.sub
             local.tee $11
             i32.const 4
             i32.ge_s
             if
              local.get $16
              local.get $21
              v128.store offset=16
              br $kernels-as/assembly/simd/storeLanes|inlined.123
             end
             local.get $11
             i32.const 0
             i32.gt_s
             if
              local.get $16
              local.get $21
              f32x4.extract_lane 0
              f32.store offset=16
             end
             local.get $11
             i32.const 1
             i32.gt_s
             if
              local.get $16
              local.get $21
              f32x4.extract_lane 1
              f32.store offset=20
             end
             local.get $11
             i32.const 2
             i32.gt_s
             if
              local.get $16
              local.get $21
              f32x4.extract_lane 2
              f32.store offset=24
             end
            end
            block $kernels-as/assembly/simd/storeLanes|inlined.124
             local.get $17
             i32.const 8
             i32.sub
             local.tee $11
             i32.const 4
             i32.ge_s
             if
              local.get $16
              local.get $22
              v128.store offset=32
              br $kernels-as/assembly/simd/storeLanes|inlined.124
             end
             local.get $11
             i32.const 0
             i32.gt_s
             if
              local.get $16
              local.get $22
              f32x4.extract_lane 0
              f32.store offset=32
             end
             local.get $11
             i32.const 1
             i32.gt_s
             if
              local.get $16
              local.get $22
              f32x4.extract_lane 1
              f32.store offset=36
             end
             local.get $11
             i32.const 2
             i32.gt_s
             if
              local.get $16
              local.get $22
              f32x4.extract_lane 2
              f32.store offset=40
             end
            end
            block $kernels-as/assembly/simd/storeLanes|inlined.125
             local.get $17
             i32.const 12
             i32.sub
             local.tee $11
             i32.const 4
             i32.ge_s
             if
              local.get $16
              local.get $15
              v128.store offset=48
              br $kernels-as/assembly/simd/storeLanes|inlined.125
             end
             local.get $11
             i32.const 0
             i32.gt_s
             if
              local.get $16
              local.get $15
              f32x4.extract_lane 0
              f32.store offset=48
             end
             local.get $11
             i32.const 1
             i32.gt_s
             if
              local.get $16
              local.get $15
              f32x4.extract_lane 1
              f32.store offset=52
             end
             local.get $11
             i32.const 2
             i32.gt_s
             if
              local.get $16
              local.get $15
              f32x4.extract_lane 2
              f32.store offset=56
             end
            end
           else
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $21
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $27
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $25
            local.get $38
            local.get $41
            i32.lt_s
            if (result v128)
             block $kernels-as/assembly/simd/loadLanes|inlined.186 (result v128)
              local.get $17
              i32.const 4
              i32.ge_s
              if
               local.get $16
               v128.load
               br $kernels-as/assembly/simd/loadLanes|inlined.186
              end
              local.get $17
              i32.const 0
              i32.gt_s
              if (result v128)
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               local.get $16
               f32.load
               f32x4.replace_lane 0
              else
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              end
              local.set $15
              local.get $17
              i32.const 1
              i32.gt_s
              if
               local.get $15
               local.get $16
               f32.load offset=4
               f32x4.replace_lane 1
               local.set $15
              end
              local.get $17
              i32.const 2
              i32.gt_s
              if (result v128)
               local.get $15
               local.get $16
               f32.load offset=8
               f32x4.replace_lane 2
              else
               local.get $15
              end
             end
             local.set $21
             block $kernels-as/assembly/simd/loadLanes|inlined.187 (result v128)
              local.get $17
              i32.const 4
              i32.sub
              local.tee $11
              i32.const 4
              i32.ge_s
              if
               local.get $16
               v128.load offset=16
               br $kernels-as/assembly/simd/loadLanes|inlined.187
              end
              local.get $11
              i32.const 0
              i32.gt_s
              if (result v128)
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               local.get $16
               f32.load offset=16
               f32x4.replace_lane 0
              else
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              end
              local.set $15
              local.get $11
              i32.const 1
              i32.gt_s
              if
               local.get $15
               local.get $16
               f32.load offset=20
               f32x4.replace_lane 1
               local.set $15
              end
              local.get $11
              i32.const 2
              i32.gt_s
              if (result v128)
               local.get $15
               local.get $16
               f32.load offset=24
               f32x4.replace_lane 2
              else
               local.get $15
              end
             end
             local.set $27
             block $kernels-as/assembly/simd/loadLanes|inlined.188 (result v128)
              local.get $17
              i32.const 8
              i32.sub
              local.tee $11
              i32.const 4
              i32.ge_s
              if
               local.get $16
               v128.load offset=32
               br $kernels-as/assembly/simd/loadLanes|inlined.188
              end
              local.get $11
              i32.const 0
              i32.gt_s
              if (result v128)
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               local.get $16
               f32.load offset=32
               f32x4.replace_lane 0
              else
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              end
              local.set $15
              local.get $11
              i32.const 1
              i32.gt_s
              if
               local.get $15
               local.get $16
               f32.load offset=36
               f32x4.replace_lane 1
               local.set $15
              end
              local.get $11
              i32.const 2
              i32.gt_s
              if (result v128)
               local.get $15
               local.get $16
               f32.load offset=40
               f32x4.replace_lane 2
              else
               local.get $15
              end
             end
             local.set $25
             block $kernels-as/assembly/simd/loadLanes|inlined.189 (result v128)
              local.get $17
              i32.const 12
              i32.sub
              local.tee $11
              i32.const 4
              i32.ge_s
              if
               local.get $16
               v128.load offset=48
               br $kernels-as/assembly/simd/loadLanes|inlined.189
              end
              local.get $11
              i32.const 0
              i32.gt_s
              if (result v128)
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
               local.get $16
               f32.load offset=48
               f32x4.replace_lane 0
              else
               v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
              end
              local.set $15
              local.get $11
              i32.const 1
              i32.gt_s
              if
               local.get $15
               local.get $16
               f32.load offset=52
               f32x4.replace_lane 1
               local.set $15
              end
              local.get $11
              i32.const 2
              i32.gt_s
              if (result v128)
               local.get $15
               local.get $16
               f32.load offset=56
               f32x4.replace_lane 2
              else
               local.get $15
              end
             end
            else
             v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            end
            local.set $15
            local.get $13
            local.get $42
            local.get $41
            i32.sub
            local.tee $41
            i32.const 4
            i32.shl
            i32.add
            i32.const 4
            i32.sub
            local.set $42
            i32.const 0
            local.set $11
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $29
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $22
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $28
            v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
            local.set $24
            loop $for-loop|15
             local.get $11
             i32.const 2
             i32.add
             local.get $41
             i32.le_u
             if
              local.get $11
              i32.const 127
              i32.and
              i32.eqz
              if
               local.get $13
               i32.const 1024
               i32.add
               local.tee $44
               local.get $42
               local.get $42
               local.get $44
               i32.gt_u
               select
               i32.load
               drop
              end
              local.get $13
              v128.load
              local.tee $23
              i32.const 24
              i32x4.shl
              i32.const 24
              i32x4.shr_s
              f32x4.convert_i32x4_s
              local.get $20
              f32x4.mul
              local.get $43
              local.get $11
              i32.const 2
              i32.shl
              i32.add
              local.tee $44
              v128.load32_splat
              local.tee $26
              f32x4.mul
              local.get $21
              f32x4.add
              local.set $21
              local.get $13
              v128.load offset=16
              local.tee $47
              i32.const 24
              i32x4.shl
              i32.const 24
              i32x4.shr_s
              f32x4.convert_i32x4_s
              local.get $20
              f32x4.mul
              local.get $44
              v128.load32_splat offset=4
              local.tee $48
              f32x4.mul
              local.get $29
              f32x4.add
              local.set $29
              local.get $23
              i32.const 16
              i32x4.shl
              i32.const 24
              i32x4.shr_s
              f32x4.convert_i32x4_s
              local.get $30
              f32x4.mul
              local.get $26
              f32x4.mul
              local.get $27
              f32x4.add
              local.set $27
              local.get $47
              i32.const 16
              i32x4.shl
              i32.const 24
              i32x4.shr_s
              f32x4.convert_i32x4_s
              local.get $30
              f32x4.mul
              local.get $48
              f32x4.mul
              local.get $22
              f32x4.add
              local.set $22
              local.get $23
              i32.const 8
              i32x4.shl
              i32.const 24
              i32x4.shr_s
              f32x4.convert_i32x4_s
              local.get $31
              f32x4.mul
              local.get $26
              f32x4.mul
              local.get $25
              f32x4.add
              local.set $25
              local.get $47
              i32.const 8
              i32x4.shl
              i32.const 24
              i32x4.shr_s
              f32x4.convert_i32x4_s
              local.get $31
              f32x4.mul
              local.get $48
              f32x4.mul
              local.get $28
              f32x4.add
              local.set $28
              local.get $23
              i32.const 24
              i32x4.shr_s
              f32x4.convert_i32x4_s
              local.get $32
              f32x4.mul
              local.get $26
              f32x4.mul
              local.get $15
              f32x4.add
              local.set $15
              local.get $47
              i32.const 24
              i32x4.shr_s
              f32x4.convert_i32x4_s
              local.get $32
              f32x4.mul
              local.get $48
              f32x4.mul
              local.get $24
              f32x4.add
              local.set $24
              local.get $13
              i32.const 32
              i32.add
              local.set $13
              local.get $11
              i32.const 2
              i32.add
              local.set $11
              br $for-loop|15
             end
            end
            local.get $11
            local.get $41
            i32.lt_u
            if
             local.get $13
             v128.load
             local.tee $23
             i32.const 24
             i32x4.shl
             i32.const 24
             i32x4.shr_s
             f32x4.convert_i32x4_s
             local.get $20
             f32x4.mul
             local.get $43
             local.get $11
             i32.const 2
             i32.shl
             i32.add
             v128.load32_splat
             local.tee $20
             f32x4.mul
             local.get $21
             f32x4.add
             local.set $21
             local.get $23
             i32.const 16
             i32x4.shl
             i32.const 24
             i32x4.shr_s
             f32x4.convert_i32x4_s
             local.get $30
             f32x4.mul
             local.get $20
             f32x4.mul
             local.get $27
             f32x4.add
             local.set $27
             local.get $23
             i32.const 8
             i32x4.shl
             i32.const 24
             i32x4.shr_s
             f32x4.convert_i32x4_s
             local.get $31
             f32x4.mul
             local.get $20
             f32x4.mul
             local.get $25
             f32x4.add
             local.set $25
             local.get $23
             i32.const 24
             i32x4.shr_s
             f32x4.convert_i32x4_s
             local.get $32
             f32x4.mul
             local.get $20
             f32x4.mul
             local.get $15
             f32x4.add
             local.set $15
            end
            local.get $21
            local.get $29
            f32x4.add
            local.set $20
            local.get $27
            local.get $22
            f32x4.add
            local.set $21
            local.get $25
            local.get $28
            f32x4.add
            local.set $22
            local.get $15
            local.get $24
            f32x4.add
            local.set $15
            block $kernels-as/assembly/simd/storeLanes|inlined.126
             local.get $17
             i32.const 4
             i32.ge_s
             if
              local.get $16
              local.get $20
              v128.store
              br $kernels-as/assembly/simd/storeLanes|inlined.126
             end
             local.get $17
             i32.const 0
             i32.gt_s
             if
              local.get $16
              local.get $20
              f32x4.extract_lane 0
              f32.store
             end
             local.get $17
             i32.const 1
             i32.gt_s
             if
              local.get $16
              local.get $20
              f32x4.extract_lane 1
              f32.store offset=4
             end
             local.get $17
             i32.const 2
             i32.gt_s
             if
              local.get $16
              local.get $20
              f32x4.extract_lane 2
              f32.store offset=8
             end
            end
            block $kernels-as/assembly/simd/storeLanes|inlined.127
             local.get $17
             i32.const 4
             i32.sub
             local.tee $11
             i32.const 4
             i32.ge_s
             if
              local.get $16
              local.get $21
              v128.store offset=16
              br $kernels-as/assembly/simd/storeLanes|inlined.127
             end
             local.get $11
             i32.const 0
             i32.gt_s
             if
              local.get $16
              local.get $21
              f32x4.extract_lane 0
              f32.store offset=16
             end
             local.get $11
             i32.const 1
             i32.gt_s
             if
              local.get $16
              local.get $21
              f32x4.extract_lane 1
              f32.store offset=20
             end
             local.get $11
             i32.const 2
             i32.gt_s
             if
              local.get $16
              local.get $21
              f32x4.extract_lane 2
              f32.store offset=24
             end
            end
            block $kernels-as/assembly/simd/storeLanes|inlined.128
             local.get $17
             i32.const 8
             i32.sub
             local.tee $11
             i32.const 4
             i32.ge_s
             if
              local.get $16
              local.get $22
              v128.store offset=32
              br $kernels-as/assembly/simd/storeLanes|inlined.128
             end
             local.get $11
             i32.const 0
             i32.gt_s
             if
              local.get $16
              local.get $22
              f32x4.extract_lane 0
              f32.store offset=32
             end
             local.get $11
             i32.const 1
             i32.gt_s
             if
              local.get $16
              local.get $22
              f32x4.extract_lane 1
              f32.store offset=36
             end
             local.get $11
             i32.const 2
             i32.gt_s
             if
              local.get $16
              local.get $22
              f32x4.extract_lane 2
              f32.store offset=40
             end
            end
            block $kernels-as/assembly/simd/storeLanes|inlined.129
             local.get $17
             i32.const 12
             i32.sub
             local.tee $11
             i32.const 4
             i32.ge_s
             if
              local.get $16
              local.get $15
              v128.store offset=48
              br $kernels-as/assembly/simd/storeLanes|inlined.129
             end
             local.get $11
             i32.const 0
             i32.gt_s
             if
              local.get $16
              local.get $15
              f32x4.extract_lane 0
              f32.store offset=48
             end
             local.get $11
             i32.const 1
             i32.gt_s
             if
              local.get $16
              local.get $15
              f32x4.extract_lane 1
              f32.store offset=52
             end
             local.get $11
             i32.const 2
             i32.gt_s
             if
              local.get $16
              local.get $15
              f32x4.extract_lane 2
              f32.store offset=56
             end
            end
           end
          end
          local.get $14
          i32.const 1
          i32.add
          local.set $14
          br $for-loop|9
         end
        end
       end
      end
      local.get $33
      i32.const 2
      i32.add
      local.set $33
      br $for-loop|11
     end
    end
    local.get $19
    i32.const 1
    i32.add
    local.set $19
    br $for-loop|00
   end
  end
 )
 (func $kernels-as/assembly/gemm_panel16/tileFull (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32)
  (local $6 v128)
  (local $7 v128)
  (local $8 v128)
  (local $9 v128)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  local.get $5
  if (result v128)
   v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000
  else
   local.get $3
   v128.load offset=16
   local.set $8
   local.get $3
   local.get $4
   i32.add
   local.tee $5
   v128.load offset=16
   local.set $9
   local.get $5
   v128.load
   local.set $10
   local.get $3
   local.get $4
   i32.const 1
   i32.shl
   i32.add
   local.tee $5
   v128.load offset=16
   local.set $11
   local.get $5
   v128.load
   local.set $12
   local.get $3
   local.get $4
   i32.const 3
   i32.mul
   i32.add
   local.tee $5
   v128.load offset=16
   local.set $13
   local.get $5
   v128.load
   local.set $14
   local.get $3
   local.get $4
   i32.const 2
   i32.shl
   i32.add
   local.tee $5
   v128.load offset=16
   local.set $15
   local.get $5
   v128.load
   local.set $16
   local.get $3
   v128.load
  end
  local.set $6
  local.get $1
  local.get $2
  i32.const 6
  i32.shl
  i32.add
  local.set $2
  loop $for-loop|0
   local.get $1
   local.get $2
   i32.lt_u
   if
    local.get $0
    v128.load32_splat
    local.tee $17
    local.get $1
    v128.load
    local.tee $7
    f32x4.mul
    local.get $6
    f32x4.add
    local.set $6
    local.get $17
    local.get $1
    v128.load offset=16
    local.tee $17
    f32x4.mul
    local.get $8
    f32x4.add
    local.set $8
    local.get $0
    v128.load32_splat offset=4
    local.tee $18
    local.get $7
    f32x4.mul
    local.get $10
    f32x4.add
    local.set $10
    local.get $18
    local.get $17
    f32x4.mul
    local.get $9
    f32x4.add
    local.set $9
    local.get $0
    v128.load32_splat offset=8
    local.tee $18
    local.get $7
    f32x4.mul
    local.get $12
    f32x4.add
    local.set $12
    local.get $18
    local.get $17
    f32x4.mul
    local.get $11
    f32x4.add
    local.set $11
    local.get $0
    v128.load32_splat offset=12
    local.tee $18
    local.get $7
    f32x4.mul
    local.get $14
    f32x4.add
    local.set $14
    local.get $18
    local.get $17
    f32x4.mul
    local.get $13
    f32x4.add
    local.set $13
    local.get $0
    v128.load32_splat offset=16
    local.tee $18
    local.get $7
    f32x4.mul
    local.get $16
    f32x4.add
    local.set $16
    local.get $18
    local.get $17
    f32x4.mul
    local.get $15
    f32x4.add
    local.set $15
    local.get $0
    i32.const 20
    i32.add
    local.set $0
    local.get $1
    i32.const -64
    i32.sub
    local.set $1
    br $for-loop|0
   end
  end
  local.get $3
  local.get $6
  v128.store
  local.get $3
  local.get $8
  v128.store offset=16
  local.get $3
  local.get $4
  i32.add
  local.tee $0
  local.get $10
  v128.store
  local.get $0
  local.get $9
  v128.store offset=16
  local.get $3
  local.get $4
  i32.const 1
  i32.shl
  i32.add
  local.tee $0
  local.get $12
  v128.store
  local.get $0
  local.get $11
  v128.store offset=16
  local.get $3
  local.get $4
  i32.const 3
  i32.mul
  i32.add
  local.tee $0
  local.get $14
  v128.store
  local.get $0
  local.get $13
  v128.store offset=16
  local.get $3
  local.get $4
  i32.const 2
  i32.shl
  i32.add
  local.tee $0
  local.get $16
  v128.store
  local.get $0
  local.get $15
  v128.store offset=16
 )
 (func $kernels-as/assembly/gemm_panel16/dequantBlock<i8> (param $0 i32) (param $1 i32) (param $2 i32) (param $3 i32) (param $4 i32) (param $5 i32) (param $6 i32) (param $7 i32) (param $8 i32)
  (local $9 v128)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 v128)
  (local $14 v128)
  (local $15 i32)
  (local $16 i32)
  (local $17 v128)
  (local $18 v128)
  (local $19 v128)
  i32.const -1
  local.set $11
  local.get $1
  local.set $12
  loop $for-loop|0
   local.get $12
   local.get $1
   local.get $2
   i32.add
   i32.lt_s
   if
    local.get $12
    i64.extend_i32_s
    local.get $5
    i64.extend_i32_s
    i64.mul
    local.get $3
    i64.extend_i32_s
    i64.div_u
    i32.wrap_i64
    local.tee $10
    local.get $11
    i32.ne
    if
     local.get $4
     local.get $6
     local.get $10
     local.tee $11
     i32.mul
     i32.add
     local.tee $10
     v128.load
     local.set $19
     local.get $10
     v128.load offset=48
     local.set $18
     local.get $10
     v128.load offset=32
     local.set $17
     local.get $10
     v128.load offset=16
     local.set $9
    end
    local.get $0
    local.get $12
    i32.const 4
    i32.shl
    i32.add
    local.tee $15
    v128.load
    i32.const 24
    i32x4.shl
    local.set $13
    local.get $8
    local.get $12
    local.get $1
    i32.sub
    i32.const 6
    i32.shl
    i32.add
    local.tee $16
    block $kernels-as/assembly/panel16/dequant<i8>|inlined.288 (result v128)
     local.get $7
     i32.const 4
     i32.eq
     local.tee $10
     local.get $7
     i32.const 3
     i32.eq
     i32.or
     local.get $7
     i32.const 5
     i32.eq
     i32.or
     if
      local.get $13
      f32x4.convert_i32x4_s
      local.tee $13
      local.get $10
      br_if $kernels-as/assembly/panel16/dequant<i8>|inlined.288
      drop
      local.get $13
      local.get $19
      f32x4.mul
      local.tee $14
      i32.const 1024
      v128.load
      f32x4.mul
      local.tee $13
      local.get $13
      local.get $14
      f32x4.sub
      f32x4.sub
      br $kernels-as/assembly/panel16/dequant<i8>|inlined.288
     end
     local.get $13
     i32.const 24
     i32x4.shr_s
     f32x4.convert_i32x4_s
     local.get $19
     f32x4.mul
     local.tee $14
     v128.const i32x4 0x00007fff 0x00007fff 0x00007fff 0x00007fff
     i32x4.add
     local.get $14
     i32.const 16
     i32x4.shr_u
     v128.const i32x4 0x00000001 0x00000001 0x00000001 0x00000001
     v128.and
     i32x4.add
     v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
     v128.and
     local.tee $13
     local.get $7
     i32.const 1
     i32.eq
     br_if $kernels-as/assembly/panel16/dequant<i8>|inlined.288
     drop
     local.get $14
     v128.const i32x4 0x00400000 0x00400000 0x00400000 0x00400000
     v128.or
     v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
     v128.and
     local.get $13
     local.get $14
     local.get $14
     f32x4.ne
     v128.bitselect
     local.get $7
     i32.const 2
     i32.eq
     br_if $kernels-as/assembly/panel16/dequant<i8>|inlined.288
     drop
     local.get $14
    end
    v128.store
    local.get $15
    v128.load
    i32.const 16
    i32x4.shl
    local.set $13
    local.get $16
    block $kernels-as/assembly/panel16/dequant<i8>|inlined.289 (result v128)
     local.get $7
     i32.const 4
     i32.eq
     local.tee $10
     local.get $7
     i32.const 3
     i32.eq
     i32.or
     local.get $7
     i32.const 5
     i32.eq
     i32.or
     if
      local.get $13
      i32.const 1040
      v128.load
      v128.and
      f32x4.convert_i32x4_s
      local.tee $13
      local.get $10
      br_if $kernels-as/assembly/panel16/dequant<i8>|inlined.289
      drop
      local.get $13
      local.get $9
      f32x4.mul
      local.tee $14
      i32.const 1024
      v128.load
      f32x4.mul
      local.tee $13
      local.get $13
      local.get $14
      f32x4.sub
      f32x4.sub
      br $kernels-as/assembly/panel16/dequant<i8>|inlined.289
     end
     local.get $13
     i32.const 24
     i32x4.shr_s
     f32x4.convert_i32x4_s
     local.get $9
     f32x4.mul
     local.tee $14
     v128.const i32x4 0x00007fff 0x00007fff 0x00007fff 0x00007fff
     i32x4.add
     local.get $14
     i32.const 16
     i32x4.shr_u
     v128.const i32x4 0x00000001 0x00000001 0x00000001 0x00000001
     v128.and
     i32x4.add
     v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
     v128.and
     local.tee $13
     local.get $7
     i32.const 1
     i32.eq
     br_if $kernels-as/assembly/panel16/dequant<i8>|inlined.289
     drop
     local.get $14
     v128.const i32x4 0x00400000 0x00400000 0x00400000 0x00400000
     v128.or
     v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
     v128.and
     local.get $13
     local.get $14
     local.get $14
     f32x4.ne
     v128.bitselect
     local.get $7
     i32.const 2
     i32.eq
     br_if $kernels-as/assembly/panel16/dequant<i8>|inlined.289
     drop
     local.get $14
    end
    v128.store offset=16
    local.get $15
    v128.load
    i32.const 8
    i32x4.shl
    local.set $13
    local.get $16
    block $kernels-as/assembly/panel16/dequant<i8>|inlined.290 (result v128)
     local.get $7
     i32.const 4
     i32.eq
     local.tee $10
     local.get $7
     i32.const 3
     i32.eq
     i32.or
     local.get $7
     i32.const 5
     i32.eq
     i32.or
     if
      local.get $13
      i32.const 1040
      v128.load
      v128.and
      f32x4.convert_i32x4_s
      local.tee $13
      local.get $10
      br_if $kernels-as/assembly/panel16/dequant<i8>|inlined.290
      drop
      local.get $13
      local.get $17
      f32x4.mul
      local.tee $14
      i32.const 1024
      v128.load
      f32x4.mul
      local.tee $13
      local.get $13
      local.get $14
      f32x4.sub
      f32x4.sub
      br $kernels-as/assembly/panel16/dequant<i8>|inlined.290
     end
     local.get $13
     i32.const 24
     i32x4.shr_s
     f32x4.convert_i32x4_s
     local.get $17
     f32x4.mul
     local.tee $14
     v128.const i32x4 0x00007fff 0x00007fff 0x00007fff 0x00007fff
     i32x4.add
     local.get $14
     i32.const 16
     i32x4.shr_u
     v128.const i32x4 0x00000001 0x00000001 0x00000001 0x00000001
     v128.and
     i32x4.add
     v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
     v128.and
     local.tee $13
     local.get $7
     i32.const 1
     i32.eq
     br_if $kernels-as/assembly/panel16/dequant<i8>|inlined.290
     drop
     local.get $14
     v128.const i32x4 0x00400000 0x00400000 0x00400000 0x00400000
     v128.or
     v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
     v128.and
     local.get $13
     local.get $14
     local.get $14
     f32x4.ne
     v128.bitselect
     local.get $7
     i32.const 2
     i32.eq
     br_if $kernels-as/assembly/panel16/dequant<i8>|inlined.290
     drop
     local.get $14
    end
    v128.store offset=32
    local.get $15
    v128.load
    local.set $13
    local.get $16
    block $kernels-as/assembly/panel16/dequant<i8>|inlined.291 (result v128)
     local.get $7
     i32.const 4
     i32.eq
     local.tee $10
     local.get $7
     i32.const 3
     i32.eq
     i32.or
     local.get $7
     i32.const 5
     i32.eq
     i32.or
     if
      local.get $13
      i32.const 1040
      v128.load
      v128.and
      f32x4.convert_i32x4_s
      local.tee $13
      local.get $10
      br_if $kernels-as/assembly/panel16/dequant<i8>|inlined.291
      drop
      local.get $13
      local.get $18
      f32x4.mul
      local.tee $14
      i32.const 1024
      v128.load
      f32x4.mul
      local.tee $13
      local.get $13
      local.get $14
      f32x4.sub
      f32x4.sub
      br $kernels-as/assembly/panel16/dequant<i8>|inlined.291
     end
     local.get $13
     i32.const 24
     i32x4.shr_s
     f32x4.convert_i32x4_s
     local.get $18
     f32x4.mul
     local.tee $14
     v128.const i32x4 0x00007fff 0x00007fff 0x00007fff 0x00007fff
     i32x4.add
     local.get $14
     i32.const 16
     i32x4.shr_u
     v128.const i32x4 0x00000001 0x00000001 0x00000001 0x00000001
     v128.and
     i32x4.add
     v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
     v128.and
     local.tee $13
     local.get $7
     i32.const 1
     i32.eq
     br_if $kernels-as/assembly/panel16/dequant<i8>|inlined.291
     drop
     local.get $14
     v128.const i32x4 0x00400000 0x00400000 0x00400000 0x00400000
     v128.or
     v128.const i32x4 0xffff0000 0xffff0000 0xffff0000 0xffff0000
     v128.and
     local.get $13
     local.get $14
     local.get $14
     f32x4.ne
     v128.bitselect
     local.get $7
     i32.const 2
     i32.eq
     br_if $kernels-as/assembly/panel16/dequant<i8>|inlined.291
     drop
     local.get $14
    end
    v128.store offset=48
    local.get $12
    i32.const 1
    i32.add
    local.set $12
    br $for-loop|0
   end
  end
 )
